package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jsoup.nodes.Entities;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.IngestReport;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;
import org.storyfold.watch.FetchConfig;
import org.storyfold.watch.HttpFetcher;
import org.storyfold.watch.PassReport;
import org.storyfold.watch.SourceArgs;
import org.storyfold.watch.WatchConfig;
import org.storyfold.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyfold-bench watch}: serves generated articles over loopback feeds (several loopback
 * addresses, as several outlets) and times one watch pass end to end, feed to stored story, beside
 * the file ingest of the same articles in the same run.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Times storyfold watch end to end (feed fetched, parsed, pages fetched, articles extracted,"
                + " deduplicated, clustered, briefed and stored) over loopback feeds of generated articles, and the"
                + " file ingest of the same articles beside it. Only loopback addresses (127.0.0.x) are used."})
final class WatchBenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--articles", paramLabel = "N", defaultValue = "3000", description = "Articles served (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--hosts", paramLabel = "N", defaultValue = "4",
            description = "Loopback outlets, 127.0.0.1 to 127.0.0.N, each with its own feeds (default: ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--per-feed", paramLabel = "N", defaultValue = "100", description = "Items per feed (default: ${DEFAULT-VALUE}).")
    int perFeed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "Other generated articles watched first, untimed, so that the timed pass runs on compiled"
                    + " code as a watch that runs on does (default: ${DEFAULT-VALUE}: the timed pass starts cold).")
    int warmup;

    @Option(names = "--teasers", description = "Feeds carry teasers: every article's page is fetched (default: full content in the feed).")
    boolean teasers;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "storyfold-bench/target/watch-bench",
            description = "Where the data folders go; emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (hosts < 1 || hosts > 32 || articles < 1 || perFeed < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--hosts in [1, 32], --articles and --per-feed >= 1, --warmup >= 0");
        }
        deleteRecursively(work);
        Files.createDirectories(work);
        if (warmup > 0) {
            // Untimed: the JIT compiles the hot code of every stage, as it has in a watch that runs on.
            Watched w = watch(generated(18, warmup, work.resolve("warmup.jsonl")), work.resolve("warmup"));
            out.printf(Locale.ROOT, "warm-up: %d other generated articles watched first, untimed (%.1f s, %.1f CPU s)%n",
                    w.report().fresh(), w.seconds(), w.cpu());
            out.flush();
        }
        List<JsonNode> items = generated(17, articles, work.resolve("articles.jsonl"));
        out.printf(Locale.ROOT, "served: %d generated articles (~200 words) on %d loopback hosts, feeds of up to %d"
                + " items, %s%n", articles, hosts, perFeed, teasers ? "teasers (each page fetched)"
                : "full content in the feeds");
        out.flush();

        // 1. The watch: one pass, end to end.
        Watched w = watch(items, work.resolve("watched"));
        out.printf(Locale.ROOT, "watch:  %d articles stored, %d stories, in %.1f s = %.0f articles/s end to end,"
                + " %.1f CPU s = %.0f articles per CPU s (%s)%n", w.report().fresh(), w.stories(), w.seconds(),
                w.report().fresh() / w.seconds(), w.cpu(), w.report().fresh() / w.cpu(), w.report().line());
        out.flush();
        // 2. The same documents from a file, in the same run: each article's HTML as the feed or page
        // gives it, with its address, title, date and outlet; first in the order the watch stored
        // them (what the network side costs), then in generation order, each story's articles
        // together (what a story's articles arriving over time cost).
        List<JsonNode> watchOrder = storedOrder(work.resolve("watched"), items);
        double inWatchOrder = ingest(out, "in the watch's order", watchOrder, work.resolve("same-order"));
        double inStoryOrder = ingest(out, "story by story", items, work.resolve("story-order"));
        out.printf(Locale.ROOT, "watch / file ingest time: %.2f in the same order, %.2f against story by story; %d cores%n",
                w.seconds() / inWatchOrder, w.seconds() / inStoryOrder, Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** One timed watch pass into a new data folder, and what it stored. */
    private record Watched(PassReport report, long stories, double seconds, double cpu) {
    }

    /** Generated articles, written to {@code file} as JSON Lines and read back. */
    private static List<JsonNode> generated(long seed, int n, Path file) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new JsonLinesNews(seed, JsonLinesNews.Size.NORMAL).write(n, w);
        }
        List<JsonNode> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            items.add(JSON.readTree(line));
        }
        return items;
    }

    /** Serves the articles from the loopback outlets and times one watch pass over their feeds. */
    private Watched watch(List<JsonNode> items, Path folder) throws IOException, InterruptedException {
        List<HttpServer> servers = new ArrayList<>();
        List<String> feeds = new ArrayList<>();
        try {
            for (int h = 0; h < hosts; h++) {
                List<JsonNode> mine = new ArrayList<>();
                for (int i = h; i < items.size(); i += hosts) {
                    mine.add(items.get(i));
                }
                HttpServer server = outlet(InetAddress.getByName("127.0.0." + (h + 1)), mine);
                servers.add(server);
                String base = "http://127.0.0." + (h + 1) + ":" + server.getAddress().getPort();
                for (int f = 0; f * perFeed < mine.size(); f++) {
                    feeds.add(base + "/feed-" + f + ".xml");
                }
            }
            try (StoryStore store = StoryStore.open(folder, StoryfoldConfig.defaults(), StoreConfig.defaults());
                 HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withHostDelay(Duration.ZERO), "bench")) {
                // Full-content feeds are taken as they are (the generated articles run from 100 to 300
                // words); with --teasers every page is fetched.
                WatchConfig config = new WatchConfig(Duration.ZERO, teasers ? Integer.MAX_VALUE : 0,
                        WatchConfig.defaults().maxPerSitemap(), WatchConfig.defaults().workers());
                Watcher watcher = new Watcher(store, fetcher, config, StoreConfig.defaults().batchSize(), line -> { });
                for (String feed : feeds) {
                    watcher.follow(SourceArgs.expand(feed));
                }
                long start = System.nanoTime();
                double cpu = cpuSeconds();
                PassReport r = watcher.pass(Progress.NONE);
                return new Watched(r, store.stats().stories(), (System.nanoTime() - start) / 1e9, cpuSeconds() - cpu);
            }
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }

    /** Ingests the documents from a JSON Lines file in this order into a new folder; returns the seconds it took. */
    private double ingest(PrintWriter out, String order, List<JsonNode> docs, Path folder) throws IOException {
        Path file = folder.resolveSibling(folder.getFileName() + ".jsonl");
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode n : docs) {
                var line = JSON.createObjectNode();
                line.put("id", n.path("id").asText());
                line.put("url", "http://outlet.test/a/" + n.path("id").asText() + ".html");
                line.put("title", n.path("title").asText());
                line.put("published", n.path("published").asText());
                line.put("outlet", n.path("outlet").asText());
                line.put("html", teasers ? page(n) : paragraphs(n.path("text").asText()));
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
        try (StoryStore store = StoryStore.open(folder, StoryfoldConfig.defaults(), StoreConfig.defaults())) {
            List<Problem> problems = new ArrayList<>();
            long start = System.nanoTime();
            double cpu = cpuSeconds();
            IngestReport r = store.ingest(List.of(file), problems::add, Progress.NONE);
            double s = (System.nanoTime() - start) / 1e9;
            cpu = cpuSeconds() - cpu;
            out.printf(Locale.ROOT, "ingest: %d articles stored, %d stories, in %.1f s = %.0f articles/s, %.1f CPU s = %.0f"
                    + " articles per CPU s (the same documents, HTML, from a JSON Lines file, %s)%n", r.added().size(),
                    store.stats().stories(), s, r.added().size() / s, cpu, r.added().size() / cpu, order);
            out.flush();
            return s;
        }
    }

    /** The CPU time this process has used, all threads (the loopback servers' included). */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The generated articles in the order the watch stored them (its ids end in the generated id's digest). */
    private static List<JsonNode> storedOrder(Path data, List<JsonNode> items) throws IOException {
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        items.forEach(n -> byId.put(n.path("id").asText(), n));
        List<JsonNode> out = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyfold.db"));
             var st = c.createStatement(); var rs = st.executeQuery("SELECT url FROM articles ORDER BY n")) {
            while (rs.next()) {
                String url = rs.getString(1);
                JsonNode n = byId.get(url.substring(url.lastIndexOf('/') + 1).replace(".html", ""));
                if (n != null) {
                    out.add(n);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot read " + data + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One outlet on its own loopback address: its feeds, and a page per article. */
    private HttpServer outlet(InetAddress address, List<JsonNode> mine) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(2));
        String base = "http://" + address.getHostAddress() + ":" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            try {
                if (path.startsWith("/feed-")) {
                    int f = Integer.parseInt(path.substring(6, path.indexOf(".xml")));
                    send(exchange, "application/rss+xml", feed(base, mine.subList(f * perFeed,
                            Math.min(mine.size(), (f + 1) * perFeed))));
                } else if (path.startsWith("/a/")) {
                    String id = path.substring(3, path.indexOf(".html"));
                    JsonNode item = mine.stream().filter(n -> n.path("id").asText().equals(id)).findFirst().orElse(null);
                    if (item == null) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        send(exchange, "text/html; charset=utf-8", page(item));
                    }
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    private String feed(String base, List<JsonNode> items) {
        StringWriter b = new StringWriter();
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>")
                .append(Entities.escape(items.get(0).path("outlet").asText())).append("</title><link>").append(base)
                .append("/</link><description>generated</description>");
        for (JsonNode n : items) {
            b.append("<item><title>").append(Entities.escape(n.path("title").asText())).append("</title><link>").append(base)
                    .append("/a/").append(n.path("id").asText()).append(".html</link><guid>").append(n.path("id").asText())
                    .append("</guid><pubDate>").append(n.path("published").asText()).append("T08:00:00Z</pubDate>");
            if (teasers) {
                String text = n.path("text").asText();
                b.append("<description>").append(Entities.escape(text.substring(0, Math.min(140, text.length()))))
                        .append("</description>");
            } else {
                b.append("<content:encoded>").append(Entities.escape(paragraphs(n.path("text").asText())))
                        .append("</content:encoded>");
            }
            b.append("</item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private static String page(JsonNode n) {
        return "<!doctype html><html><head><title>" + Entities.escape(n.path("title").asText())
                + "</title><meta property=\"article:published_time\" content=\"" + n.path("published").asText()
                + "\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + Entities.escape(n.path("title").asText())
                + "</h1>" + paragraphs(n.path("text").asText()) + "</article><footer>© outlet</footer></body></html>";
    }

    private static String paragraphs(String text) {
        StringBuilder b = new StringBuilder();
        for (String p : text.split("\\n\\s*\\n")) {
            b.append("<p>").append(Entities.escape(p.strip())).append("</p>");
        }
        return b.toString();
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
