package org.storyfold.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench summary}: ROUGE of the brief's summary and of the baselines on Multi-News. */
@Command(name = "summary", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Summarises each cluster of eval/multinews-dev with storyfold's brief and with the Lead, "
                + "LexRank and TextRank baselines, all at the editors' average length, and prints ROUGE-1, "
                + "ROUGE-2 and ROUGE-L (summary level) against the editors' summaries, in one run.")
final class SummaryEvalCommand implements Callable<Integer> {

    @CommandLine.Mixin
    MultiNewsFolderOption multiNews;

    @Option(names = "--words", paramLabel = "N",
            description = "The word budget of every summary (default: the editors' average length).")
    Integer words;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (words != null && words < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--words must be at least 1, got " + words);
        }
        long start = System.nanoTime();
        List<SummaryEvaluation.Case> cases = SummaryEvaluation.load(multiNews.folder());
        int average = SummaryEvaluation.referenceWords(cases);
        int budget = words != null ? words : average;
        out.printf(Locale.ROOT, "multinews-dev: %d clusters, %d articles, editors' summaries %d words on average "
                        + "(read in %.1f s); every system at %d words%n", cases.size(),
                cases.stream().mapToInt(c -> c.articles().size()).sum(), average, (System.nanoTime() - start) / 1e9, budget);
        out.println("ROUGE: lower-cased [a-z0-9] tokens, Porter-stemmed, stop words kept; ROUGE-L at summary level; "
                + "means over clusters, in %");
        out.printf(Locale.ROOT, "%-20s %7s %7s %7s %7s %7s %7s %9s%n", "system", "R1-P", "R1-R", "R1-F", "R2-R", "R2-F",
                "RL-F", "seconds");
        for (SummaryEvaluation.Result r : SummaryEvaluation.evaluateAll(cases, budget)) {
            out.printf(Locale.ROOT, "%-20s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %9.2f%n", r.system(),
                    100 * r.rouge1().precision(), 100 * r.rouge1().recall(), 100 * r.rouge1().f1(),
                    100 * r.rouge2().recall(), 100 * r.rouge2().f1(), 100 * r.rougeL().f1(), r.seconds());
            out.flush();
        }
        return 0;
    }
}
