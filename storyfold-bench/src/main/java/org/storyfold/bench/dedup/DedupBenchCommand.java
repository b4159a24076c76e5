package org.storyfold.bench.dedup;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.IndexStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench dedup}: storyfold and its peers on one synthetic corpus, in one run. */
@Command(name = "dedup", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Deduplicates a synthetic corpus (written by dedup-corpus) with storyfold and its peers, one "
                + "after the other in this JVM, and prints each one's pairwise precision, recall and F1 for copies, "
                + "recall of partial reuses, share of hard-negative pairs called related, articles per second and "
                + "peak heap. Peers with a similarity threshold are scored at each threshold given."})
public final class DedupBenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A folder written by dedup-corpus.")
    Path corpus;

    @Option(names = "--peers", split = ",", defaultValue = "storyfold,javalsh,spark", paramLabel = "NAME",
            description = "Which to run: storyfold, minhash (storyfold's verification with article MinHash "
                    + "candidates), javalsh, spark (default: ${DEFAULT-VALUE}).")
    Set<String> peers;

    @Option(names = "--thresholds", split = ",", defaultValue = "0.1,0.15,0.2,0.3,0.4,0.5,0.6,0.7,0.8", paramLabel = "J",
            description = "Jaccard thresholds at which the peers' pairs are scored (default: ${DEFAULT-VALUE}).")
    double[] thresholds;

    @Option(names = "--holdout", defaultValue = "1000", paramLabel = "N",
            description = "The last N articles are added to storyfold's index as one more batch, timed apart (default: ${DEFAULT-VALUE}).")
    int holdout;

    @Option(names = "--batch", defaultValue = "8192", paramLabel = "N", description = "Articles per batch added to the index (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Build storyfold's index in DIR (profiles memory-mapped there), then save it and open it again, timed.")
    Path index;

    @Option(names = "--sentence-similarity", paramLabel = "J",
            description = "storyfold's target similarity for two printings of a sentence (default: the library's).")
    Double sentenceSimilarity;

    @Option(names = "--spark-tables", defaultValue = "10", paramLabel = "N", description = "MinHashLSH hash tables (default: ${DEFAULT-VALUE}).")
    int sparkTables;

    @Option(names = {"--lsh-stages"}, defaultValue = "50", paramLabel = "N", description = "java-lsh stages (default: ${DEFAULT-VALUE}).")
    int lshStages;

    @Option(names = {"--lsh-rows"}, defaultValue = "2", paramLabel = "N", description = "java-lsh rows per stage (default: ${DEFAULT-VALUE}).")
    int lshRows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(corpus.resolve(CorpusFiles.GOLD))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no corpus in " + corpus + ": "
                    + CorpusFiles.GOLD + " is missing (write one with dedup-corpus)");
        }
        int size;
        try (var lines = Files.lines(corpus.resolve(CorpusFiles.GOLD))) {
            size = (int) lines.count();
        }
        out.printf(Locale.ROOT, "corpus %s: %d articles; %d cores, max heap %d MB%n", corpus, size,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        // The gold is read after storyfold's run, which is measured with nothing else on the heap.
        DedupScore[] gold = {null};
        java.util.function.Supplier<DedupScore> score = () -> {
            if (gold[0] == null) {
                try {
                    gold[0] = new DedupScore(CorpusFiles.readGold(corpus));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return gold[0];
        };
        DedupConfig config = DedupConfig.defaults();
        if (sentenceSimilarity != null) {
            config = config.withFingerprints(config.fingerprints().withSentenceSimilarity(sentenceSimilarity));
        }
        List<RunFigures> rows = new ArrayList<>();
        if (peers.contains("storyfold")) {
            StoryfoldRun.Result r = StoryfoldRun.index(corpus, groups -> score.get().groups(groups), size, config, batch,
                    Math.min(holdout, size / 2), index, System.err);
            rows.add(r.figures());
            IndexStats s = r.stats();
            out.printf(Locale.ROOT, "storyfold index: %d articles, %d keys, %d postings, %d edges; heap %.0f MB live "
                            + "once built (%.0f bytes an article; %.0f estimated from its arrays), profiles %.0f MB%s%n",
                    s.articles(), s.keys(), s.postings(), s.edges(), r.liveHeap() / 1e6, r.liveHeap() / (double) s.articles(),
                    s.heapBytesPerArticle(), s.profileBytes() / 1e6, index == null ? " on the heap" : " mapped from " + index);
            out.printf(Locale.ROOT, "storyfold time: %.1f s in all, %.1f s of it waiting for the corpus reader; "
                    + "adding the last %d articles to the index of %d took %.3f s%n", r.figures().seconds(), r.waitSeconds(),
                    r.holdout(), s.articles() - r.holdout(), r.holdoutSeconds());
            if (index != null) {
                out.printf(Locale.ROOT, "storyfold index saved in %.1f s, opened again in %.1f s%n", r.saveSeconds(), r.openSeconds());
            }
            print(out, List.of(r.figures()));
        }
        if (peers.contains("minhash")) {
            RunFigures r = StoryfoldRun.minHash(corpus, score.get(), config);
            rows.add(r);
            print(out, List.of(r));
        }
        if (peers.contains("javalsh")) {
            List<RunFigures> r = JavaLshRun.run(corpus, score.get(), thresholds, lshStages, lshRows, 1 << 20);
            rows.addAll(r);
            print(out, r);
        }
        if (peers.contains("spark")) {
            List<RunFigures> r = SparkRun.run(corpus, score.get(), thresholds, sparkTables);
            rows.addAll(r);
            print(out, r);
        }
        out.println();
        out.println("Summary (peers at their best threshold by copy F1, and by partial recall):");
        printHeader(out);
        for (String prefix : List.of("storyfold (", "storyfold verification", "java-lsh", "Spark")) {
            List<RunFigures> mine = rows.stream().filter(r -> r.method().startsWith(prefix)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            RunFigures bestF1 = mine.stream().max(Comparator.comparingDouble(r -> r.score().copyF1())).orElseThrow();
            RunFigures bestPartial = mine.stream().max(Comparator.comparingDouble(r -> r.score().partialRecall())).orElseThrow();
            printRow(out, bestF1);
            if (bestPartial != bestF1) {
                printRow(out, bestPartial);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, List<RunFigures> rows) {
        printHeader(out);
        rows.forEach(r -> printRow(out, r));
        out.flush();
    }

    private static void printHeader(PrintWriter out) {
        out.printf(Locale.ROOT, "%-62s %5s %7s %7s %7s %9s %9s %8s %8s %8s %9s %8s%n", "method", "J", "copy-P", "copy-R",
                "copy-F1", "partial-R", "neg-rate", "other-FP", "seconds", "cpu-s", "art/s", "heap-MB");
    }

    private static void printRow(PrintWriter out, RunFigures r) {
        DedupScore.Figures f = r.score();
        out.printf(Locale.ROOT, "%-62s %5s %7.4f %7.4f %7.4f %9.4f %9.5f %8d %8.1f %8.1f %9.0f %8.0f%n",
                r.method().length() > 62 ? r.method().substring(0, 62) : r.method(),
                Double.isNaN(r.threshold()) ? "-" : String.format(Locale.ROOT, "%.2f", r.threshold()),
                f.copyPrecision(), f.copyRecall(), f.copyF1(), f.partialRecall(), f.negativeRate(), f.otherFalsePairs(),
                r.seconds(), r.cpuSeconds(), r.articlesPerSecond(), r.peakHeap() / 1e6);
        out.flush();
    }
}
