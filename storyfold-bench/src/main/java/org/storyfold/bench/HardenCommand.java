package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.storyfold.Digest;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Story;
import org.storyfold.extract.Article;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyfold-bench harden}: what hostile input and clients cost. {@code repeats} times the
 * brief of an article made of one paragraph repeated (and an ingest made beside a large one);
 * {@code slow-clients} and {@code uploads} load a {@code storyfold serve} of its own JVM over
 * loopback with clients that send a byte at a time, and with large uploads in parallel.
 */
@Command(name = "harden", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = {HardenCommand.RepeatsBench.class, HardenCommand.SlowClientsBench.class,
                HardenCommand.UploadsBench.class},
        description = "Hostile inputs and clients: repeated sentences, slow clients, parallel large uploads.")
final class HardenCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** A paragraph of the bundled example, the one repeated. */
    static String paragraph() throws IOException {
        return Files.readAllLines(Path.of("examples/raqqa/000_474674fb51d8608a.txt"), StandardCharsets.UTF_8).get(2);
    }

    @Command(name = "repeats", mixinStandardHelpOptions = true,
            description = {"Briefs an article made of one paragraph repeated N times, for each N, and prints the"
                    + " seconds and the ratio to the N before (doubling N must grow it at most 2.5 times).",
                    "Then stores a large such article and, while it is analysed, a small one: the small one must"
                    + " not wait for the large one's analysis."})
    static final class RepeatsBench implements Callable<Integer> {

        @Option(names = "--repeats", split = ",", defaultValue = "10000,20000,40000",
                description = "The repeat counts (default: ${DEFAULT-VALUE}).")
        int[] repeats;

        @Option(names = "--upload-kib", defaultValue = "460",
                description = "Size of the large article stored beside a small one, in KiB (default: ${DEFAULT-VALUE}).")
        int uploadKib;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            String paragraph = paragraph();
            Path dir = Files.createTempDirectory("storyfold-harden");
            Storyfold storyfold = new Storyfold(StoryfoldConfig.defaults());
            out.printf("one paragraph of %d characters repeated; seconds on %d cores (the briefs of a digest are"
                    + " written as the digest is read)%n", paragraph.length(), Runtime.getRuntime().availableProcessors());
            out.printf("%8s %10s %12s %10s %10s%n", "repeats", "sentences", "digest s", "brief s", "ratio");
            double previous = 0;
            boolean ok = true;
            // A small run first, untimed, so that the first timed one is not the JIT's warm-up.
            Path warm = Files.createDirectories(dir.resolve("warm-up"));
            Files.writeString(warm.resolve("repeated.txt"), "Repeated paragraph\n\n" + (paragraph + "\n\n").repeat(2000));
            Digest warmUp = storyfold.digest(List.of(warm), p -> { }, Progress.NONE);
            warmUp.stories().forEach(s -> warmUp.computeBrief(s.id()));
            for (int n : repeats) {
                Path folder = Files.createDirectories(dir.resolve("r" + n));
                Files.writeString(folder.resolve("repeated.txt"), "Repeated paragraph\n\n" + (paragraph + "\n\n").repeat(n));
                long start = System.nanoTime();
                Digest digest = storyfold.digest(List.of(folder), p -> { }, Progress.NONE);
                Map<String, Article> byId = new TreeMap<>();
                digest.articles().forEach(a -> byId.put(a.id(), a));
                long extracted = System.nanoTime();
                for (Story s : digest.stories()) {
                    storyfold.brief(s, byId);
                }
                long done = System.nanoTime();
                double brief = (done - extracted) / 1e9;
                double ratio = previous > 0 ? brief / previous : Double.NaN;
                ok &= Double.isNaN(ratio) || ratio <= 2.5;
                out.printf("%8d %10d %12.2f %10.2f %10s%n", n, digest.articles().get(0).sentences().size(),
                        (done - start) / 1e9, brief, Double.isNaN(ratio) ? "-" : String.format("%.2f", ratio));
                out.flush();
                previous = brief;
            }
            ok &= concurrentIngests(out, storyfold, paragraph, dir);
            return ok ? 0 : 1;
        }

        /** A small ingest made while a large one is analysed: how long it waits. */
        private boolean concurrentIngests(PrintWriter out, Storyfold storyfold, String paragraph, Path dir) throws Exception {
            Path large = dir.resolve("large.txt");
            int n = Math.max(1, uploadKib * 1024 / (paragraph.length() + 2));
            Files.writeString(large, "Repeated paragraph\n\n" + (paragraph + "\n\n").repeat(n));
            Path small = dir.resolve("small.txt");
            Files.writeString(small, "Council approves the budget\n\nThe city council approved the budget on Tuesday"
                    + " after a long debate about roads, schools and the harbour.");
            double alone = 0;
            // The first store opened pays for loading models: it is not timed.
            for (String name : List.of("warm-up", "alone")) {
                try (StoryStore store = StoryStore.open(dir.resolve(name), StoryfoldConfig.defaults(), StoreConfig.defaults())) {
                    long t = System.nanoTime();
                    store.ingest(List.of(small), p -> { }, Progress.NONE);
                    alone = (System.nanoTime() - t) / 1e9;
                }
            }
            try (StoryStore store = StoryStore.open(dir.resolve("beside"), StoryfoldConfig.defaults(), StoreConfig.defaults())) {
                long t0 = System.nanoTime();
                CompletableFuture<Double> big = CompletableFuture.supplyAsync(() -> {
                    store.ingest(List.of(large), p -> { }, Progress.NONE);
                    return (System.nanoTime() - t0) / 1e9;
                });
                // The small one starts once the large one is stored and its brief is being written.
                while (store.stats().articles() == 0 && !big.isDone()) {
                    Thread.sleep(20);
                }
                long t = System.nanoTime();
                store.ingest(List.of(small), p -> { }, Progress.NONE);
                double beside = (System.nanoTime() - t) / 1e9;
                double largeSeconds = big.get();
                boolean smallFirst = beside < largeSeconds - (t - t0) / 1e9;
                out.printf("store: a %d KiB article (%d repeats) ingested in %.2f s; a small article ingested meanwhile"
                                + " took %.2f s (%.2f s alone), finished %s the large one%n", uploadKib, n, largeSeconds,
                        beside, alone, smallFirst ? "before" : "after");
                return smallFirst;
            }
        }
    }

    /** Starts {@code storyfold serve} in its own JVM on a data folder of the example articles. */
    /** Serves {@code data} (seeded with the bundled example when empty) from a server of its own JVM. */
    static ServerProcess serve(Path launcher, Path data, String heap) throws Exception {
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), StoreConfig.defaults())) {
            if (store.stats().articles() == 0) {
                store.ingest(List.of(Path.of("examples/raqqa")), p -> { }, Progress.NONE);
            }
        }
        return new ServerProcess(launcher, data, heap, "harden");
    }

    /** Seconds of {@code samples} GETs of the health and story-list routes, one after another. */
    static double[] getLatencies(String base, int samples) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();
        double[] s = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + (i % 2 == 0 ? "/api/health"
                    : "/api/stories"))).timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            s[i] = r.statusCode() == 200 ? (System.nanoTime() - t) / 1e9 : Double.POSITIVE_INFINITY;
        }
        Arrays.sort(s);
        return s;
    }

    @Command(name = "slow-clients", mixinStandardHelpOptions = true,
            description = "Opens N connections that send a request body a byte a second to a running storyfold serve,"
                    + " then times normal GETs; prints their latency beside the same GETs without the slow clients.")
    static final class SlowClientsBench implements Callable<Integer> {

        @Option(names = "--connections", defaultValue = "300", description = "Slow clients (default: ${DEFAULT-VALUE}).")
        int connections;

        @Option(names = "--seconds", defaultValue = "20", description = "How long they trickle (default: ${DEFAULT-VALUE}).")
        int seconds;

        @CommandLine.Mixin
        ServerLauncherOption launcher;

        @Option(names = "--data", defaultValue = "storyfold-bench/target/harden-slow", description = "The data folder.")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ServerProcess server = serve(launcher.launcher, data, "512m")) {
                double[] quiet = getLatencies(server.base, 20);
                List<Socket> slow = new ArrayList<>();
                int refused = 0;
                for (int i = 0; i < connections; i++) {
                    try {
                        Socket s = new Socket("127.0.0.1", server.port);
                        s.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                                + " application/json\r\nContent-Length: 100000\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
                        slow.add(s);
                    } catch (IOException e) {
                        refused++;
                    }
                }
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
                    while (System.nanoTime() < end) {
                        for (Socket s : slow) {
                            try {
                                s.getOutputStream().write(' ');
                            } catch (IOException e) {
                                // Answered and closed by the server.
                            }
                        }
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                Thread.sleep(2000);
                double[] loaded = getLatencies(server.base, 20);
                trickle.get();
                Map<String, Integer> answers = new TreeMap<>();
                for (Socket s : slow) {
                    s.setSoTimeout(200);
                    answers.merge(statusOf(s), 1, Integer::sum);
                    s.close();
                }
                out.printf("%d slow clients (a byte a second for %d s; %d refused at connect); their answers: %s%n",
                        connections, seconds, refused, answers);
                out.printf("GET latency, 20 requests: without them median %.3f s, max %.3f s; with them median %.3f s,"
                        + " max %.3f s (ratio of medians %.1f)%n", quiet[10], quiet[19], loaded[10], loaded[19],
                        loaded[10] / quiet[10]);
                return loaded[19] < 1 ? 0 : 1;
            }
        }

        private static String statusOf(Socket s) {
            try {
                InputStream in = s.getInputStream();
                StringBuilder line = new StringBuilder();
                int c;
                while ((c = in.read()) >= 0 && c != '\n') {
                    line.append((char) c);
                }
                String[] parts = line.toString().split(" ");
                return parts.length > 1 ? parts[1] : "closed";
            } catch (IOException e) {
                return "no answer";
            }
        }
    }

    @Command(name = "uploads", mixinStandardHelpOptions = true,
            description = {"Sends N large uploads at once to a storyfold serve with a small heap; prints their statuses"
                    + " and reasons, the server's heap, and whether search finds every stored article.",
                    "Fails unless every upload was either refused with nothing of it stored, or answered with the"
                    + " list of what it stored; the store holds exactly the articles listed, search finds them all,"
                    + " and the server is alive."})
    static final class UploadsBench implements Callable<Integer> {

        @Option(names = "--parallel", defaultValue = "8", description = "Uploads at once (default: ${DEFAULT-VALUE}).")
        int parallel;

        @Option(names = "--mib", defaultValue = "12", description = "Size of each upload in MiB (default: ${DEFAULT-VALUE}).")
        int mib;

        @Option(names = "--server-heap", defaultValue = "384m", description = "The server's -Xmx (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--tiny-vocabulary", description = "Write every article from the same 18 words: they all"
                + " become near copies of one another in one story, whose page then grows with every member.")
        boolean tinyVocabulary;

        @CommandLine.Mixin
        ServerLauncherOption launcher;

        @Option(names = "--data", defaultValue = "storyfold-bench/target/harden-uploads", description = "The data folder.")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            deleteFolder(data);
            try (ServerProcess server = serve(launcher.launcher, data, heap)) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();
                long before = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(server.base + "/api/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body()).get("articles").asLong();
                List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
                long t = System.nanoTime();
                for (int u = 0; u < parallel; u++) {
                    replies.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.base + "/api/articles"))
                            .header("Content-Type", "application/json").timeout(Duration.ofMinutes(20))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(upload(u, mib, tinyVocabulary))).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                Map<Integer, Integer> statuses = new TreeMap<>();
                Map<String, Integer> reasons = new TreeMap<>();
                List<String> problems = new ArrayList<>();
                List<String> listed = new ArrayList<>();
                for (int u = 0; u < replies.size(); u++) {
                    HttpResponse<String> r;
                    try {
                        r = replies.get(u).get();
                    } catch (Exception e) {
                        statuses.merge(-1, 1, Integer::sum);
                        Throwable cause = e.getCause() != null ? e.getCause() : e;
                        problems.add("upload " + u + " got no answer: " + cause.getClass().getSimpleName() + ": "
                                + cause.getMessage());
                        continue;
                    }
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    JsonNode body = JSON.readTree(r.body());
                    if (r.statusCode() == 200 || r.statusCode() == 201 || r.statusCode() == 207) {
                        body.path("added").forEach(id -> listed.add(id.asText()));
                        if (body.path("complete").asBoolean(true) != (r.statusCode() != 207)) {
                            problems.add("upload " + u + ": " + r.statusCode() + " says complete=" + body.path("complete"));
                        }
                        if (r.statusCode() == 207) {
                            reasons.merge("207: " + body.path("stopped").asText(), 1, Integer::sum);
                        }
                    } else {
                        reasons.merge(r.statusCode() + ": " + body.path("error").path("message").asText(body.toString())
                                + (r.headers().firstValue("Retry-After").map(s -> " (Retry-After " + s + ")").orElse("")),
                                1, Integer::sum);
                    }
                }
                double seconds = (System.nanoTime() - t) / 1e9;
                JsonNode health = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(server.base + "/api/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body());
                long found = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(server.base
                        + "/api/search?q=lighthouse&type=articles&limit=1")).build(), HttpResponse.BodyHandlers.ofString())
                        .body()).at("/articles/total").asLong();
                long stored = health.get("articles").asLong() - before;
                // What the answers listed is what the store holds: each listed article is there, and no other.
                int missing = 0;
                for (String id : listed) {
                    if (client.send(HttpRequest.newBuilder(URI.create(server.base + "/api/articles/" + id)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                        missing++;
                    }
                }
                if (missing > 0) {
                    problems.add(missing + " articles listed as stored are not in the store");
                }
                if (stored != listed.size()) {
                    problems.add("the store holds " + stored + " new articles but the answers listed " + listed.size()
                            + ": refused or failed uploads stored something they did not say");
                }
                if (found != stored) {
                    problems.add("search finds " + found + " of the " + stored + " stored articles");
                }
                if (!server.process.isAlive()) {
                    problems.add("the server died");
                }
                out.printf("%d uploads of %d MiB at once to a server with -Xmx%s, in %.1f s: statuses %s (-1: no answer);"
                        + " server %s, its heap after GC at most %d MiB%n", parallel, mib, heap, seconds, statuses,
                        server.process.isAlive() ? "alive" : "dead", server.peakHeapAfterGcMib());
                reasons.forEach((reason, n) -> out.printf("  %d x %s%n", n, reason));
                out.printf("articles listed as stored %d, stored %d, found by search %d%n", listed.size(), stored, found);
                problems.forEach(p -> out.println("FAILED: " + p));
                return problems.isEmpty() ? 0 : 1;
            }
        }

        /**
         * A JSON array of articles of about {@code mib} MiB, each opening with a lighthouse (what the search
         * looks for) and then 4,000 words drawn from plain news words and names of its own, so that the
         * articles are not copies of each other; or, {@code tiny}, all drawn from the same 18 words.
         */
        private static byte[] upload(int u, int mib, boolean tiny) throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(mib * 1024 * 1024 + 4096);
            out.write('[');
            Map<String, Object> article = new java.util.LinkedHashMap<>();
            java.util.Random random = new java.util.Random(u);
            List<String> common = tiny ? List.of("harbour", "council", "storm", "ships", "lighthouse", "keeper", "coast",
                    "guard", "rescue", "night", "crew", "boat", "wind", "tide", "town", "mayor", "report", "Monday")
                    : java.util.stream.Stream.of(SyntheticWords.NOUNS, SyntheticWords.VERBS, SyntheticWords.ADJECTIVES,
                    SyntheticWords.DAYS).flatMap(List::stream).toList();
            for (int i = 0; out.size() < mib * 1024 * 1024; i++) {
                List<String> words = new ArrayList<>(common);
                for (int n = 0; !tiny && n < 40; n++) {
                    StringBuilder name = new StringBuilder();
                    for (int k = 0; k < 3; k++) {
                        name.append(SyntheticWords.SYLLABLES.get(random.nextInt(SyntheticWords.SYLLABLES.size())));
                    }
                    words.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
                }
                StringBuilder text = new StringBuilder("The lighthouse keeper reported the storm. ");
                for (int w = 0; w < 4000; w++) {
                    String word = words.get(random.nextInt(words.size()));
                    text.append(w % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w % 12 == 11 ? ". " : " ");
                }
                article.put("id", "up" + u + "-" + i);
                article.put("title", "Storm report " + u + " " + i);
                article.put("text", text.toString());
                if (i > 0) {
                    out.write(',');
                }
                out.write(JSON.writeValueAsBytes(article));
            }
            out.write(']');
            return out.toByteArray();
        }
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
