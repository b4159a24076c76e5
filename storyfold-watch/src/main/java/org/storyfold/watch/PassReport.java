package org.storyfold.watch;

/**
 * What one pass over the sources did.
 *
 * @param polled    sources polled
 * @param notDue    sources left for a later pass (not due yet)
 * @param fresh     articles stored that were new
 * @param updated   new revisions of pages stored before
 * @param unchanged entries and pages that had not changed (nothing stored)
 * @param skipped   documents not stored, each with its reason (not an article, ...)
 * @param failed    sources whose poll failed, and pages that could not be fetched
 * @param stories   stories started or changed
 * @param batches   transactions committed
 * @param seconds   how long the pass took
 */
public record PassReport(int polled, int notDue, int fresh, int updated, int unchanged, int skipped, int failed,
                         int stories, long batches, double seconds) {

    /** The pass's line: {@code 12 sources polled: 40 new, 2 updated, 100 unchanged, 3 skipped, 1 failed; 30 stories changed (4.2 s)}. */
    public String line() {
        return polled + (polled == 1 ? " source" : " sources") + " polled" + (notDue > 0 ? " (" + notDue + " not due)" : "")
                + ": " + fresh + " new, " + updated + " updated, " + unchanged + " unchanged, " + skipped + " skipped, "
                + failed + " failed; " + stories + (stories == 1 ? " story" : " stories") + " new or changed in " + batches
                + (batches == 1 ? " batch" : " batches") + " (" + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s)";
    }
}
