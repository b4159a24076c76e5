package org.storyfold.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.storyfold.Problem;

/**
 * Writes the briefs of stories taken from the {@link BriefBacklog}: a few at a time, analysed in
 * parallel without the ingest lock (large ones one writer at a time, since a large story's members
 * are held while it is briefed), then each stored under the lock unless a later batch changed its story
 * again (that batch's brief follows) or merged it away. A brief that fails leaves its story with
 * its provisional page, briefed again when the data folder is next opened.
 */
final class BriefWriter {

    /** Stories analysed before their briefs are stored: bounds the pages held at once. */
    private static final int CHUNK = 128;
    /**
     * Characters of a chunk's members above which its analysis waits for other large ones: only
     * large briefs hold memory enough to need it, and a small ingest's briefs never wait behind a
     * large one's analysis.
     */
    private static final long LARGE_BRIEFS_CHARS = 256 * 1024;

    private final StoryPages pages;
    private final Semaphore briefing;
    private final Ingestion.Placing placing;

    BriefWriter(StoryPages pages, Semaphore briefing, Ingestion.Placing placing) {
        this.pages = pages;
        this.briefing = briefing;
        this.placing = placing;
    }

    /** Writes these briefs; returns how many were stored. */
    int write(List<BriefBacklog.Due> due, Consumer<Problem> problems) throws IOException {
        int written = 0;
        for (int i = 0; i < due.size(); i += CHUNK) {
            written += writeChunk(due.subList(i, Math.min(due.size(), i + CHUNK)), problems);
        }
        return written;
    }

    private int writeChunk(List<BriefBacklog.Due> due, Consumer<Problem> problems) throws IOException {
        ConcurrentLinkedQueue<Problem> failed = new ConcurrentLinkedQueue<>();
        List<StoryRows.Row> rows;
        boolean large = due.stream().flatMap(d -> d.job().members().values().stream())
                .mapToLong(a -> a.text().length()).sum() > LARGE_BRIEFS_CHARS;
        if (large) {
            briefing.acquireUninterruptibly();
        }
        try {
            rows = due.parallelStream().map(d -> {
                try {
                    return pages.page(d.job());
                } catch (RuntimeException | OutOfMemoryError e) {
                    failed.add(new Problem("story " + d.job().id(), "its brief could not be written (" + e
                            + "); it is written again when the data folder is next opened"));
                    return null;
                }
            }).toList();
        } finally {
            if (large) {
                briefing.release();
            }
        }
        failed.forEach(problems);
        List<BriefBacklog.Due> briefed = new ArrayList<>();
        List<StoryRows.Row> written = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            if (rows.get(i) != null) {
                briefed.add(due.get(i));
                written.add(rows.get(i));
            }
        }
        return briefed.isEmpty() ? 0 : placing.locked(placer -> placer.finish(briefed, written).size());
    }
}
