package org.storyfold.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Article;

/** What every command does first: validate the inputs, build the pipeline, read the articles. */
final class Run {

    final Storyfold storyfold;
    final ConsoleReporter reporter;
    final List<Path> inputs;
    private final boolean quiet;
    private final PrintWriter err;

    Run(InputOptions input, StoryfoldConfig config, PrintWriter err) {
        this.inputs = input.validated();
        this.storyfold = new Storyfold(input.apply(config));
        this.reporter = new ConsoleReporter(err, input.quiet);
        this.quiet = input.quiet;
        this.err = err;
    }

    /** Stages 1 and 2 over the inputs, problems reported as they are met. */
    List<Article> articles() {
        return storyfold.articles(inputs, reporter, reporter);
    }

    /** The closing line on stderr: how many inputs were skipped, if any. */
    void close(int articles) {
        if (!quiet && reporter.problems() > 0) {
            err.println("storyfold: " + articles + " article" + (articles == 1 ? "" : "s") + " read; "
                    + reporter.problems() + " input" + (reporter.problems() == 1 ? "" : "s")
                    + " skipped or renamed (reasons above)");
        }
        if (articles == 0) {
            err.println("storyfold: no articles found in the input");
        }
        err.flush();
    }
}
