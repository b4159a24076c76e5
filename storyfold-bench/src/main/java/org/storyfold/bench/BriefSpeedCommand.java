package org.storyfold.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.MinHashDeduplicator;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;
import org.storyfold.synth.Brief;
import org.storyfold.synth.BriefConfig;
import org.storyfold.synth.ExtractiveBriefer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench brief-speed}: how long one story of many articles takes to brief, on one thread. */
@Command(name = "brief-speed", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Briefs stories of N articles on one thread and prints the thread's CPU time and the wall "
                + "time per brief (median of the timed runs, after warm-up runs): the first N articles of "
                + "eval/multinews-dev pooled into one story (many topics, few copies), and the seed articles "
                + "copied until there are N (one event, mostly copies).")
final class BriefSpeedCommand implements Callable<Integer> {

    @CommandLine.Mixin
    MultiNewsFolderOption multiNews;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "examples/raqqa",
            description = "The seed articles (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200", description = "Articles per story (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles and --runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Article> pooled = MultiNews.load(multiNews.folder()).articles();
        pooled = pooled.subList(0, Math.min(articles, pooled.size()));
        List<Problem> problems = new ArrayList<>();
        List<Article> seedArticles = new Storyfold(StoryfoldConfig.defaults()).articles(List.of(seeds), problems::add,
                Progress.NONE);
        List<Article> copies = new ArrayList<>();
        for (int i = 0; copies.size() < articles && !seedArticles.isEmpty(); i++) {
            Article a = seedArticles.get(i % seedArticles.size());
            copies.add(new Article(a.id() + "~" + i, a.source(), a.url(), a.title(), a.published(), a.outlet(),
                    a.credit(), a.dateline(), a.text(), a.removed(), a.repairs(), a.sentences()));
        }
        out.printf(Locale.ROOT, "one thread; the machine's load average at start: %.1f on %d cores (wall time grows with it, CPU "
                        + "time much less)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-44s %9s %9s %10s %9s %9s %9s%n", "story", "articles", "words", "cpu s", "wall s",
                "gc s", "figures");
        time(out, "multinews-dev, first articles pooled", pooled);
        time(out, "seed articles, copied", copies);
        return 0;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime()))
                .sum();
    }

    private void time(PrintWriter out, String name, List<Article> story) {
        List<Article> ordered = story.stream().sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).toList();
        List<DuplicateGroup> groups = new MinHashDeduplicator(DedupConfig.defaults()).deduplicate(ordered);
        ExtractiveBriefer briefer = new ExtractiveBriefer(BriefConfig.defaults());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Brief brief = null;
        for (int i = 0; i < 2; i++) {
            brief = briefer.brief(ordered, groups);
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        double[] gc = new double[runs];
        for (int i = 0; i < runs; i++) {
            long g0 = gcMillis();
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            brief = briefer.brief(ordered, groups);
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            wall[i] = (System.nanoTime() - w0) / 1e9;
            gc[i] = (gcMillis() - g0) / 1e3;
        }
        Arrays.sort(gc);
        Arrays.sort(cpu);
        Arrays.sort(wall);
        out.printf(Locale.ROOT, "%-44s %9d %9d %10.3f %9.3f %9.3f %9d%n", name, story.size(),
                story.stream().mapToInt(Article::wordCount).sum(), cpu[runs / 2], wall[runs / 2], gc[runs / 2],
                brief.figures().size());
        out.flush();
    }
}
