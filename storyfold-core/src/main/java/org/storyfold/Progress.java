package org.storyfold;

/**
 * Receives progress of long work, for a progress bar. Calls come from the thread running the
 * work, in order: {@code start}, any number of {@code advance}, {@code finish}.
 */
public interface Progress {

    /** Work on {@code task} begins; {@code total} units, or -1 if unknown. */
    void start(String task, long total);

    /** {@code units} more units are done. */
    void advance(long units);

    /** The task is over. */
    void finish();

    /** Progress that goes nowhere. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long units) {
        }

        @Override
        public void finish() {
        }
    };
}
