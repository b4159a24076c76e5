package org.storyfold.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyfold.Problem;
import org.storyfold.Progress;

/**
 * The command line's stderr: one line per unusable input ({@code storyfold: path: reason}, and what a
 * rejected page states about itself: its title, day, authors, outlet and language), a
 * progress bar when stderr is a terminal, and a closing count of what was skipped.
 */
final class ConsoleReporter implements Consumer<Problem>, Progress {

    private final PrintWriter err;
    private final boolean showProgress;
    private ProgressBar bar;
    private int problems;
    private final List<Problem> rejectedPages = new ArrayList<>();

    ConsoleReporter(PrintWriter err, boolean quiet) {
        this.err = err;
        this.showProgress = !quiet && System.console() != null;
    }

    @Override
    public synchronized void accept(Problem problem) {
        problems++;
        if (problem.page() != null && !problem.page().isEmpty()) {
            rejectedPages.add(problem);
            err.println("storyfold: " + problem + " (the page: " + problem.page().describe() + ")");
        } else {
            err.println("storyfold: " + problem);
        }
        err.flush();
    }

    int problems() {
        return problems;
    }

    /** The rejected pages that state what they are, in the order they were met. */
    synchronized List<Problem> rejectedPages() {
        return List.copyOf(rejectedPages);
    }

    @Override
    public void start(String task, long total) {
        // A bar for work of more than one unit, or of unknown size (-1: the bar shows the time spent).
        if (showProgress && (total > 1 || total < 0)) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200)
                    .build();
        }
    }

    @Override
    public void advance(long units) {
        if (bar != null) {
            if (bar.getMax() > 0 && bar.getCurrent() + units > bar.getMax()) {
                bar.maxHint(bar.getCurrent() + units); // the total was an estimate (a WARC archive counts one)
            }
            bar.stepBy(units);
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
