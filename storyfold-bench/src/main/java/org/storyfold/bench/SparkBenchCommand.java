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
import java.util.LinkedHashMap;
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
 * the same run, one after the other, each in a JVM of its own (so that each pays its own class
 * loading and JIT compilation), each writing the same JSON Lines output; prints one line with each
 * one's wall time and CPU seconds per article (its process's, from the JVM's start: every thread,
 * the JIT and the collector included), the bytes Spark shuffled beside the input's, the B-cubed F1
 * of Spark's stories against the embedded run's, and each one's JIT and collector CPU seconds.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Runs the Spark digest (local mode) and the embedded digest on the same input, one after the "
                + "other, each in a JVM of its own (this one's options and classpath), and prints one line:",
                "  spark wall_s=... embedded wall_s=... cpu_s_per_article spark=... embedded=... shuffle_bytes=... "
                        + "input_bytes=... b3_vs_embedded=... articles=... jit_s spark=... embedded=... gc_s spark=... "
                        + "embedded=...",
                "(wall and CPU of each half's whole process, JVM start-up included).",
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
            description = "spark-first (default) or embedded-first: which half runs first (each runs in a JVM of its own).")
    String order;

    @Option(names = "--half", hidden = true, paramLabel = "HALF",
            description = "Runs one half alone in this JVM (spark or embedded), writing into --out; used by the benchmark itself.")
    String half;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final String SPARK = "spark";
    private static final String EMBEDDED = "embedded";

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
        if (half != null) {
            return half(half);
        }
        boolean temporary = out == null;
        Path dir = temporary ? Files.createTempDirectory("storyfold-spark-bench") : out;
        Files.createDirectories(dir);
        PrintStream err = System.err;
        try {
            List<String> halves = order.equals("spark-first") ? List.of(SPARK, EMBEDDED) : List.of(EMBEDDED, SPARK);
            Map<String, Cost> costs = new HashMap<>();
            for (String h : halves) {
                costs.put(h, inOwnJvm(h, dir));
            }
            Cost spark = costs.get(SPARK);
            Cost embedded = costs.get(EMBEDDED);
            JsonNode s = new ObjectMapper().readTree(dir.resolve(SPARK).resolve("summary.json").toFile());
            Parity parity = Parity.of(dir.resolve(SPARK), dir.resolve(EMBEDDED));
            err.printf(Locale.ROOT, "agreement: articles %s, duplicate groups %d of %d the same (spark %d), stories %d of %d "
                            + "the same (spark %d), briefs of the same stories %d of %d the same%n",
                    parity.articlesSame() ? "the same" : "DIFFER", parity.groupsSame(), parity.embeddedGroups(),
                    parity.sparkGroups(), parity.storiesSame(), parity.embeddedStories(), parity.sparkStories(),
                    parity.briefsSame(), parity.storiesSame());
            long articles = s.get("articles").asLong();
            double executorCpu = 0;
            for (JsonNode step : s.get("executorCpuSeconds")) {
                executorCpu += step.asDouble();
            }
            err.printf(Locale.ROOT, "CPU: spark %.1f s (in its tasks, by their metrics, %.1f s), by thread %s; embedded %.1f s, "
                            + "by thread %s%n", spark.cpuSeconds(), executorCpu, seconds(spark.threads()), embedded.cpuSeconds(),
                    seconds(embedded.threads()));
            System.out.printf(Locale.ROOT, "spark wall_s=%.1f embedded wall_s=%.1f cpu_s_per_article spark=%.6f embedded=%.6f "
                            + "shuffle_bytes=%d input_bytes=%d b3_vs_embedded=%.4f articles=%d jit_s spark=%.1f embedded=%.1f "
                            + "gc_s spark=%.1f embedded=%.1f%n",
                    spark.wallSeconds(), embedded.wallSeconds(), spark.cpuSeconds() / articles,
                    embedded.cpuSeconds() / articles, s.get("shuffleBytesWritten").asLong(), s.get("inputBytes").asLong(),
                    parity.b3(), articles, spark.threads().getOrDefault("jit", 0.0), embedded.threads().getOrDefault("jit", 0.0),
                    spark.threads().getOrDefault("gc", 0.0), embedded.threads().getOrDefault("gc", 0.0));
            return 0;
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    /**
     * Runs one half in a JVM of its own (this JVM's options and classpath, so that each half pays
     * its own class loading and JIT compilation, whichever runs first), which writes into
     * {@code dir/HALF} and reports its cost in {@code dir/HALF-cost.json}.
     */
    private Cost inOwnJvm(String which, Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchCommand.class.getName(), "spark",
                "--half", which, "--out", dir.toString(), "--master", master, "--partitions", Integer.toString(partitions),
                "--run-chunks", Integer.toString(runChunks)));
        inputs.forEach(p -> command.add(p.toAbsolutePath().toString()));
        Process child = new ProcessBuilder(command).inheritIO().start();
        int exit = child.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the " + which + " half exited with status " + exit);
        }
        JsonNode cost = new ObjectMapper().readTree(dir.resolve(which + "-cost.json").toFile());
        Map<String, Double> threads = new LinkedHashMap<>();
        cost.get("threads").fields().forEachRemaining(e -> threads.put(e.getKey(), e.getValue().asDouble()));
        return new Cost(cost.get("wallSeconds").asDouble(), cost.get("cpuSeconds").asDouble(), threads);
    }

    /**
     * One half, in this JVM (started for it by {@link #inOwnJvm}); its cost is the whole process's
     * since the JVM started: wall time, CPU time, and the CPU by kind of thread.
     */
    private int half(String which) throws IOException {
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--half needs --out");
        }
        switch (which) {
            case SPARK -> spark(out.resolve(SPARK), System.err);
            case EMBEDDED -> embedded(out.resolve(EMBEDDED), System.err);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--half must be spark or embedded");
        }
        double cpu = processCpuNanos() / 1e9;
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("wallSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        cost.put("cpuSeconds", cpu);
        cost.put("threads", ThreadCpu.now().since(ThreadCpu.NONE, cpu));
        new ObjectMapper().writeValue(out.resolve(which + "-cost.json").toFile(), cost);
        return 0;
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
