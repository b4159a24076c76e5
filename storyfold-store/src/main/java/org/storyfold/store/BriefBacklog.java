package org.storyfold.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stories whose brief is due, each with the job of the last batch that changed it: a story
 * that several batches change in a row is briefed once, from the last. The due marks themselves
 * are in the database ({@code briefs_due}, written in each batch's transaction), so what is held
 * here is only a saving: a story whose job is lost is briefed from the store when it next opens.
 * Thread-safe.
 */
final class BriefBacklog {

    /** A story's brief waiting: the batch that last changed it and what its brief is written from. */
    record Due(long batch, StoryPages.Job job) {
    }

    private final Map<String, Due> due = new LinkedHashMap<>();
    /** The members of the jobs held: what the backlog costs in memory. */
    private long members;
    /** When the oldest brief held became due (nanoTime); meaningless when empty. */
    private long oldestSince;

    /** Notes the briefs a placed batch made due, and forgets those of the stories it merged away. */
    synchronized void add(BatchPlacer.Placed placed) {
        if (due.isEmpty()) {
            oldestSince = System.nanoTime();
        }
        placed.mergedInto().keySet().forEach(this::drop);
        for (StoryPages.Job job : placed.briefs()) {
            drop(job.id());
            due.put(job.id(), new Due(placed.batch(), job));
            members += job.members().size();
        }
    }

    /** Takes every brief held, oldest change first. */
    synchronized List<Due> takeAll() {
        List<Due> out = new ArrayList<>(due.values());
        due.clear();
        members = 0;
        return out;
    }

    /** Takes a story's brief if it is held. */
    synchronized Optional<Due> take(String story) {
        Due d = drop(story);
        return Optional.ofNullable(d);
    }

    synchronized boolean isEmpty() {
        return due.isEmpty();
    }

    /** Articles held by the jobs waiting. */
    synchronized long members() {
        return members;
    }

    /** How long the oldest brief held has waited, in nanoseconds (0 when none). */
    synchronized long oldestWait() {
        return due.isEmpty() ? 0 : System.nanoTime() - oldestSince;
    }

    private Due drop(String story) {
        Due d = due.remove(story);
        if (d != null) {
            members -= d.job().members().size();
        }
        return d;
    }
}
