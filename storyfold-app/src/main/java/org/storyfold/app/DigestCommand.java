package org.storyfold.app;

import java.util.concurrent.Callable;
import org.storyfold.Digest;
import org.storyfold.StoryfoldConfig;
import org.storyfold.format.JsonFormat;
import org.storyfold.synth.BriefConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold digest}: every stage, and the stories with their briefs. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Runs every stage and writes each story with its brief.",
                "",
                "Reads the inputs, removes page furniture, finds copies, folds the articles into stories and "
                        + "writes each story's brief: an extractive summary whose every sentence cites the articles "
                        + "that print it, and the facts that two or more articles state."})
final class DigestCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people), json (the documented JSON format) or html (a page to open in a browser). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--summary-words", defaultValue = "" + BriefConfig.DEFAULT_SUMMARY_WORDS, paramLabel = "N",
            description = "Length of each story's summary, in words (default: ${DEFAULT-VALUE}).")
    int summaryWords;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (summaryWords < 1 || summaryWords > 100_000) {
            throw UserError.usage("--summary-words must be between 1 and 100000, got " + summaryWords);
        }
        StoryfoldConfig config = StoryfoldConfig.defaults();
        config = config.withBrief(config.brief().withSummaryWords(summaryWords));
        Run run = new Run(input, config, spec.commandLine().getErr());
        Digest digest = run.storyfold.digest(run.inputs, run.reporter, run.reporter);
        output.write(spec.commandLine().getOut(), out -> {
            switch (format) {
                case json -> JsonFormat.writeDigest(digest, out, true);
                case html -> new HtmlReport(digest, run.reporter.rejectedPages()).write(out);
                case text -> new TextReport(out).digest(digest);
            }
        });
        run.close(digest.articles().size());
        return 0;
    }
}
