package org.storyfold.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import com.sun.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.TreeSet;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.PreparedBatch;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryStream;
import org.storyfold.extract.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyfold-bench cluster-scale}: clusters a generated stream of news articles (see
 * {@link SyntheticNews}) with the online clusterer, batch by batch in time order, and prints the
 * cost per article at checkpoints, the heap in use and, at the end, B-cubed scores against the
 * stories the articles were generated for.
 */
@Command(name = "cluster-scale", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Clusters a generated, realistic stream of news articles in time order and prints, at "
                + "checkpoints, the articles clustered, the seconds spent clustering, the cost per article since the "
                + "last checkpoint, the heap in use and the stories; then B-cubed scores against the generated stories.",
                "Generation runs on its own thread beside clustering; its time is not counted as clustering. By "
                        + "default the next batch is read on a third thread while the current one is placed, as a "
                        + "caller with a stream of batches would do; waiting for it counts as clustering."})
final class ClusterScaleCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "1000000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--days", defaultValue = "365", description = "Days the stream spans (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--words", defaultValue = "350", description = "Mean words per article (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--batch", defaultValue = "2000",
            description = "Articles per batch given to the clusterer, never spanning two days (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--checkpoints", split = ",", defaultValue = "10000,100000,250000,500000,750000,1000000",
            description = "Article counts at which to print figures (default: ${DEFAULT-VALUE}).")
    List<Integer> checkpoints;

    @Option(names = "--vocabulary", paramLabel = "JSONL", defaultValue = MultiNewsFolderOption.DEFAULT_FOLDER + "/docs.jsonl",
            description = "Real articles whose word frequencies make the background vocabulary (default: ${DEFAULT-VALUE}).")
    Path vocabulary;

    @Option(names = "--no-progress", description = "Do not draw the progress bar.")
    boolean noProgress;

    @Option(names = "--no-read-ahead", description = {"Give each batch to the clusterer as it comes, instead of "
            + "reading the next batch's articles (words, names, leads, figures) on another thread while the current one "
            + "is placed (StoryStream.prepare). Without it, clustering time counts each placing; with it, each placing and "
            + "any wait for the batch read ahead."})
    boolean noReadAhead;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final List<SyntheticNews.Item> END = List.of();

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || days < 1 || words < 1 || batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --days, --words and --batch must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        SyntheticNews news = SyntheticNews.fromCorpus(vocabulary, seed, articles, days, words);
        out.printf(Locale.ROOT, "generated stream: %d articles, %d stories over %d days, about %d words an article "
                + "(laid out in %.1f s)%n", articles, news.stories(), days, words, (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "JVM: %d processors, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%10s %8s %10s %12s %12s %9s %9s %9s%n", "articles", "wall s", "cluster s",
                "us/article*", "cpu us/art**", "heap MB", "stories", "active");
        out.flush();

        BlockingQueue<List<SyntheticNews.Item>> queue = new ArrayBlockingQueue<>(4);
        Thread producer = new Thread(() -> {
            try {
                news.generate(batch, items -> put(queue, items));
            } finally {
                put(queue, END);
            }
        }, "generator");
        producer.setDaemon(true);
        producer.start();

        StoryStream stream = new OnlineStoryClusterer(ClusterConfig.defaults()).open();
        BlockingQueue<Ready> ready = new ArrayBlockingQueue<>(1);
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        if (!noReadAhead) {
            Thread reader = new Thread(() -> {
                try {
                    for (List<SyntheticNews.Item> items = take(queue); items != END; items = take(queue)) {
                        put(ready, new Ready(items, stream.prepare(items.stream().map(SyntheticNews.Item::article).toList())));
                    }
                } catch (RuntimeException | Error e) {
                    readFailure.set(e);
                } finally {
                    put(ready, new Ready(END, null));
                }
            }, "reader");
            reader.setDaemon(true);
            reader.start();
        }
        int[] gold = new int[articles];
        TreeSet<Integer> marks = new TreeSet<>(checkpoints);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long clusterNanos = 0;
        long segmentNanos = 0;
        int done = 0;
        int segmentStart = 0;
        long start = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long segmentCpu = os.getProcessCpuTime() - threads.getThreadCpuTime(producer.getId());
        try (ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("cluster").setInitialMax(articles)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500).build()) {
            while (true) {
                long b0;
                List<SyntheticNews.Item> items;
                PreparedBatch prepared = null;
                if (noReadAhead) {
                    items = queue.take();
                    b0 = System.nanoTime();
                } else {
                    b0 = System.nanoTime();
                    Ready next = ready.take();
                    items = next.items();
                    prepared = next.batch();
                }
                if (items == END) {
                    if (readFailure.get() != null) {
                        throw new IllegalStateException("reading a batch ahead failed", readFailure.get());
                    }
                    break;
                }
                List<Article> batchArticles = new ArrayList<>(items.size());
                for (SyntheticNews.Item item : items) {
                    batchArticles.add(item.article());
                    gold[Integer.parseInt(item.article().id().substring(1))] = item.story();
                }
                if (prepared == null) {
                    stream.add(batchArticles, List.of());
                } else {
                    stream.add(prepared, List.of());
                }
                long spent = System.nanoTime() - b0;
                clusterNanos += spent;
                segmentNanos += spent;
                done += items.size();
                if (bar != null) {
                    bar.stepBy(items.size());
                }
                Integer mark = marks.floor(done);
                if (mark != null && mark > segmentStart) {
                    marks.headSet(mark, true).clear();
                    long cpu = os.getProcessCpuTime() - Math.max(0, threads.getThreadCpuTime(producer.getId()));
                    System.gc();
                    out.printf(Locale.ROOT, "%10d %8.1f %10.1f %12.1f %12.1f %9d %9d %9d%n", done,
                            (System.nanoTime() - start) / 1e9, clusterNanos / 1e9,
                            segmentNanos / 1e3 / (done - segmentStart), (cpu - segmentCpu) / 1e3 / (done - segmentStart),
                            memory.getHeapMemoryUsage().getUsed() >> 20, stream.stories().size(), stream.activeStories());
                    out.flush();
                    segmentNanos = 0;
                    segmentStart = done;
                    segmentCpu = os.getProcessCpuTime() - Math.max(0, threads.getThreadCpuTime(producer.getId()));
                }
            }
        }
        out.println(noReadAhead ? "*  wall time spent in the clusterer per article, since the previous checkpoint"
                : "*  wall time spent in the clusterer or waiting for the batch read ahead, per article, since the previous checkpoint");
        out.println("** CPU time of the process per article, less the generator thread's, since the previous checkpoint:");
        out.println("   the cost on a machine shared with other work, where wall time is not");
        out.printf(Locale.ROOT, "clustered %d articles in %.1f s of clustering, %.1f s wall: %.0f articles/s%n", done,
                clusterNanos / 1e9, (System.nanoTime() - start) / 1e9, done / ((System.nanoTime() - start) / 1e9));

        Map<String, String> predicted = new HashMap<>(done * 2);
        for (Story s : stream.stories()) {
            for (String id : s.articles()) {
                predicted.put(id, s.id());
            }
        }
        Map<String, String> goldLabels = new HashMap<>(done * 2);
        for (int i = 0; i < done; i++) {
            goldLabels.put("a" + i, Integer.toString(gold[i]));
        }
        ClusteringMetrics m = ClusteringMetrics.score(predicted, goldLabels);
        out.printf(Locale.ROOT, "against the generated stories: B3-P %.3f  B3-R %.3f  B3-F1 %.3f  ARI %.3f  "
                + "(%d stories found, %d generated); %d storylines%n", m.precision(), m.recall(), m.f1(), m.ari(),
                m.clusters(), news.stories(), stream.storylines().size());
        return 0;
    }

    /** A batch of generated items, read ahead. */
    private record Ready(List<SyntheticNews.Item> items, PreparedBatch batch) {
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }
}
