package org.storyfold.bench.dedup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.io.IOException;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyfold.bench.MultiNews;
import org.storyfold.bench.MultiNewsFolderOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench dedup-corpus}: writes a synthetic syndication corpus with its gold. */
@Command(name = "dedup-corpus", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Writes a synthetic syndication corpus (articles.jsonl, gold.jsonl) made from the real articles "
                + "of eval/multinews-dev: wire stories, their reprints with outlet-style edits, exact copies, partial "
                + "reuses and independent reports of the same event (hard negatives). Beyond the real articles, base "
                + "texts come from a word-level trigram model trained on them. Then audits the corpus: sentences "
                + "printed by two articles the gold leaves unrelated."})
public final class DedupCorpusCommand implements Callable<Integer> {

    @Option(names = "--size", required = true, paramLabel = "N", description = "Number of articles, 1,000 to 1,000,000 (and more).")
    int size;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write articles.jsonl and gold.jsonl to.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--real-bases", defaultValue = "400", paramLabel = "N",
            description = "Most real articles used as base texts (default: ${DEFAULT-VALUE}); 0 for model text only.")
    int realBases;

    @CommandLine.Mixin
    MultiNewsFolderOption multiNews;

    @Option(names = "--no-audit", description = "Skip the overlap audit.")
    boolean noAudit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (size < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--size must be at least 1, got " + size);
        }
        PrintWriter outWriter = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        BasePool pool = BasePool.of(MultiNews.load(multiNews.folder()).articles(), seed, realBases);
        outWriter.printf(Locale.ROOT, "word model: %d words of vocabulary, %d real base texts (%.1f s)%n",
                pool.vocabulary(), pool.realBases(), (System.nanoTime() - t0) / 1e9);
        outWriter.flush();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("generate").setInitialMax(size)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new InteractiveConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(1000).build()) {
            Summary s = write(pool, size, seed, out, !noAudit, bar::step);
            bar.close();
            outWriter.printf(Locale.ROOT, "wrote %d articles to %s in %.1f s (%.0f articles/s): %s%n", size, out,
                    s.seconds(), size / s.seconds(), s.roles());
            if (s.audit() != null) {
                OverlapAudit.Result r = s.audit();
                outWriter.printf(Locale.ROOT, "overlap audit: %d sentences of 8+ words; %d printed by two articles of "
                        + "different events, in %d article pairs; %d pairs share 3 or more%n",
                        r.sentences(), r.accidentalSentences(), r.accidentalPairs(), r.pairsSharingThree());
            }
        }
        return 0;
    }

    /** What writing a corpus gave: how many articles of each role, the audit (or null), the time. */
    record Summary(Map<String, Integer> roles, OverlapAudit.Result audit, double seconds) {
    }

    /** Writes a corpus of {@code size} articles made from {@code pool} to {@code out}, audited if asked. */
    static Summary write(BasePool pool, int size, long seed, Path out, boolean audited, Runnable step) throws IOException {
        Map<String, Integer> roles = new TreeMap<>();
        List<Gold> gold = new ArrayList<>(size);
        OverlapAudit audit = audited ? new OverlapAudit() : null;
        long t1 = System.nanoTime();
        try (CorpusFiles.Writer writer = new CorpusFiles.Writer(out, seed)) {
            new SyntheticCorpus(pool, seed).generate(size, (a, g) -> {
                writer.write(a, g);
                roles.merge(g.role(), 1, Integer::sum);
                if (audit != null) {
                    audit.add(gold.size(), a.text());
                }
                gold.add(g);
                step.run();
            });
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        return new Summary(roles, audit == null ? null : audit.result(new DedupScore(gold)), seconds);
    }
}
