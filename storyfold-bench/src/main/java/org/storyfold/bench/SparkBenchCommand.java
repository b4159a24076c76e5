package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.storyfold.Digest;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.spark.SparkDigest;
import org.storyfold.spark.SparkKryo;
import org.storyfold.text.TextHash;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyfold-bench spark}: the Spark runner and the embedded digest on the same articles, in
 * the same run and the same JVM, one after the other, each writing the same JSON Lines output;
 * prints one line with each one's wall time and CPU seconds per article (the process's CPU time
 * while it ran: every thread, the JIT and the collector included), the bytes Spark shuffled beside
 * the input's, and the B-cubed F1 of Spark's stories against the embedded run's.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Runs the Spark digest (local mode) and the embedded digest on the same input, one after the "
                + "other in this JVM, and prints one line:",
                "  spark wall_s=... embedded wall_s=... cpu_s_per_article spark=... embedded=... shuffle_bytes=... "
                        + "input_bytes=... b3_vs_embedded=... articles=...",
                "with, on standard error, each step's figures and how far the two outputs agree (articles, duplicate "
                        + "groups, stories).",
                "Make a corpus with 'storyfold-bench dedup-corpus --size N --out DIR' (then delete DIR/gold.jsonl)."})
public final class SparkBenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders of articles, as for 'storyfold digest'.")
    List<Path> inputs;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "MASTER",
            description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Partitions of each shuffle (default: 4 per core Spark has).")
    int partitions;

    @Option(names = "--run-chunks", defaultValue = "0", paramLabel = "N",
            description = "Chunks per clustering run (default: 0, as storyfold-spark chooses).")
    int runChunks;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where both runs write (spark/ and embedded/; default: a temporary folder, deleted after).")
    Path out;

    @Option(names = "--order", defaultValue = "spark-first", paramLabel = "ORDER",
            description = "spark-first (default) or embedded-first: which runs first, on a JVM not yet warmed up.")
    String order;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One run's wall and CPU seconds, and its CPU seconds by kind of thread ({@link ThreadCpu}). */
    record Cost(double wallSeconds, double cpuSeconds, Map<String, Double> threads) {
    }

    @Override
    public Integer call() throws Exception {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), p + ": no such file or folder");
            }
        }
        if (!order.equals("spark-first") && !order.equals("embedded-first")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--order must be spark-first or embedded-first");
        }
        boolean temporary = out == null;
        Path dir = temporary ? Files.createTempDirectory("storyfold-spark-bench") : out;
        Files.createDirectories(dir);
        PrintStream err = System.err;
        try {
            SparkDigest.Summary[] summary = new SparkDigest.Summary[1];
            Cost spark;
            Cost embedded;
            if (order.equals("spark-first")) {
                spark = measure(() -> summary[0] = spark(dir.resolve("spark"), err));
                embedded = measure(() -> embedded(dir.resolve("embedded"), err));
            } else {
                embedded = measure(() -> embedded(dir.resolve("embedded"), err));
                spark = measure(() -> summary[0] = spark(dir.resolve("spark"), err));
            }
            SparkDigest.Summary s = summary[0];
            Parity parity = Parity.of(dir.resolve("spark"), dir.resolve("embedded"));
            err.printf(Locale.ROOT, "agreement: articles %s, duplicate groups %d of %d the same (spark %d), stories %d of %d "
                            + "the same (spark %d), briefs of the same stories %d of %d the same%n",
                    parity.articlesSame() ? "the same" : "DIFFER", parity.groupsSame(), parity.embeddedGroups(),
                    parity.sparkGroups(), parity.storiesSame(), parity.embeddedStories(), parity.sparkStories(),
                    parity.briefsSame(), parity.storiesSame());
            long articles = s.articles();
            double executorCpu = s.executorCpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
            err.printf(Locale.ROOT, "CPU: spark %.1f s (in its tasks, by their metrics, %.1f s), by thread %s; embedded %.1f s, "
                            + "by thread %s%n", spark.cpuSeconds(), executorCpu, seconds(spark.threads()), embedded.cpuSeconds(),
                    seconds(embedded.threads()));
            System.out.printf(Locale.ROOT, "spark wall_s=%.1f embedded wall_s=%.1f cpu_s_per_article spark=%.6f embedded=%.6f "
                            + "shuffle_bytes=%d input_bytes=%d b3_vs_embedded=%.4f articles=%d%n",
                    spark.wallSeconds(), embedded.wallSeconds(), spark.cpuSeconds() / articles,
                    embedded.cpuSeconds() / articles, s.shuffleBytesWritten(), s.inputBytes(), parity.b3(), articles);
            return 0;
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    private SparkDigest.Summary spark(Path to, PrintStream log) throws IOException {
        SparkSession session = SparkKryo.configure(SparkSession.builder()).master(master).appName("storyfold-bench spark")
                .config("spark.ui.enabled", "false")
                .config("spark.serializer.extraDebugInfo", "false")
                .getOrCreate();
        try {
            int n = partitions > 0 ? partitions : 4 * session.sparkContext().defaultParallelism();
            List<String> uris = inputs.stream().map(p -> p.toAbsolutePath().toUri().toString()).toList();
            log.println("spark (" + master + ", " + n + " partitions):");
            return SparkDigest.run(session, new SparkDigest.Settings(uris, to.toAbsolutePath().toUri().toString(), n,
                    true, runChunks), log);
        } finally {
            session.stop();
        }
    }

    /** The embedded digest, writing what the Spark runner writes: articles, groups and stories with briefs, as JSON Lines. */
    void embedded(Path to, PrintStream log) throws IOException {
        log.println("embedded:");
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        Digest d = new Storyfold(StoryfoldConfig.defaults()).digest(inputs, p -> { }, Progress.NONE);
        log.printf(Locale.ROOT, "  read, clean, dedup and cluster %.1f s, %.1f s CPU: %d articles, %d groups, %d stories%n",
                (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9, d.articles().size(),
                d.duplicates().size(), d.stories().size());
        start = System.nanoTime();
        cpu = processCpuNanos();
        Files.createDirectories(to);
        try (Writer w = writer(to.resolve("articles.jsonl"))) {
            for (Article a : d.articles()) {
                JsonFormat.writeArticleLine(a, w);
            }
        }
        try (Writer w = writer(to.resolve("duplicates.jsonl"))) {
            for (DuplicateGroup g : d.duplicates()) {
                JsonFormat.writeGroupLine(g, w);
            }
        }
        try (Writer w = writer(to.resolve("stories.jsonl"))) {
            for (Story s : d.stories()) {
                JsonFormat.writeStoryLine(s, d.briefs().compute(s.id()), w);
            }
        }
        log.printf(Locale.ROOT, "  brief and write %.1f s, %.1f s CPU%n", (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String seconds(Map<String, Double> byKind) {
        StringBuilder b = new StringBuilder();
        byKind.forEach((kind, s) -> b.append(b.isEmpty() ? "" : ", ").append(kind)
                .append(String.format(Locale.ROOT, " %.1f", s)));
        return b.toString();
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    private static Cost measure(Work work) throws IOException {
        System.gc();
        long cpu = processCpuNanos();
        ThreadCpu threads = ThreadCpu.now();
        long start = System.nanoTime();
        work.run();
        double seconds = (processCpuNanos() - cpu) / 1e9;
        return new Cost((System.nanoTime() - start) / 1e9, seconds, ThreadCpu.now().since(threads, seconds));
    }

    /**
     * How far the Spark output agrees with the embedded one: the articles' lines, the groups' lines
     * and the stories' members (as sets), the B-cubed F1 of Spark's stories against the embedded
     * stories, and the briefs of the stories both runs made alike.
     */
    record Parity(boolean articlesSame, int groupsSame, int embeddedGroups, int sparkGroups, int storiesSame,
                  int embeddedStories, int sparkStories, int briefsSame, double b3) {

        static Parity of(Path spark, Path embedded) throws IOException {
            boolean articles = hashes(spark.resolve("articles"), s -> s).equals(hashes(embedded.resolve("articles.jsonl"), s -> s));
            Set<Long> sparkGroups = new HashSet<>(hashes(spark.resolve("duplicates"), s -> s));
            List<Long> embeddedGroups = hashes(embedded.resolve("duplicates.jsonl"), s -> s);
            int groupsSame = (int) embeddedGroups.stream().filter(sparkGroups::contains).count();
            Map<Set<String>, Long> sparkBriefs = briefs(spark.resolve("stories"));
            Map<Set<String>, Long> embeddedBriefs = briefs(embedded.resolve("stories.jsonl"));
            int same = 0;
            int briefsSame = 0;
            for (Map.Entry<Set<String>, Long> e : embeddedBriefs.entrySet()) {
                Long s = sparkBriefs.get(e.getKey());
                if (s != null) {
                    same++;
                    if (s.equals(e.getValue())) {
                        briefsSame++;
                    }
                }
            }
            double b3 = ClusteringMetrics.score(labels(sparkBriefs), labels(embeddedBriefs)).f1();
            return new Parity(articles, groupsSame, embeddedGroups.size(), sparkGroups.size(), same,
                    embeddedBriefs.size(), sparkBriefs.size(), briefsSame, b3);
        }

        /** Each story's members, with a hash of its line less its id (ids follow the numbering, which may shift). */
        private static Map<Set<String>, Long> briefs(Path p) throws IOException {
            ObjectMapper json = new ObjectMapper();
            Map<Set<String>, Long> out = new HashMap<>();
            forEachLine(p, line -> {
                JsonNode story = json.readTree(line);
                Set<String> members = new HashSet<>();
                story.get("articles").forEach(a -> members.add(a.asText()));
                ((com.fasterxml.jackson.databind.node.ObjectNode) story).remove("id");
                out.put(members, hash(story.toString()));
            });
            return out;
        }

        private static Map<String, String> labels(Map<Set<String>, Long> stories) {
            Map<String, String> out = new HashMap<>();
            int n = 0;
            for (Set<String> members : stories.keySet()) {
                String label = "c" + n++;
                members.forEach(a -> out.put(a, label));
            }
            return out;
        }
    }

    @FunctionalInterface
    private interface LineAction {
        void accept(String line) throws IOException;
    }

    /** A 64-bit hash of each line, in order (of a file, or of a folder's .jsonl part files in name order). */
    static List<Long> hashes(Path p, java.util.function.UnaryOperator<String> normal) throws IOException {
        List<Long> out = new ArrayList<>();
        forEachLine(p, line -> out.add(hash(normal.apply(line))));
        return out;
    }

    private static void forEachLine(Path p, LineAction action) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(p)) {
            files.add(p);
        } else {
            try (Stream<Path> parts = Files.list(p)) {
                files.addAll(parts.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList());
            }
        }
        for (Path f : files) {
            try (java.io.BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    action.accept(line);
                }
            }
        }
    }

    private static long hash(String s) {
        return TextHash.fnv1a(s);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
