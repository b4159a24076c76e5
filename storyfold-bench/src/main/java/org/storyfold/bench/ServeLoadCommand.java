package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.IngestReport;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyfold-bench serve-load}: fills a data folder with generated articles (once), serves
 * it with {@code storyfold serve} in a process of its own, and loads story pages and searches at a
 * fixed rate over loopback, printing throughput and latency percentiles.
 */
@Command(name = "serve-load", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Load benchmark of storyfold serve: story pages and searches at a fixed rate over loopback.",
                "",
                "The data folder is filled once with generated articles (storyfold-bench generate) and reused "
                        + "by later runs. The server runs in its own JVM, started as storyfold serve; the load "
                        + "generator is an open loop, timing each request from when it was due."})
final class ServeLoadCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "Articles in the data folder (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "storyfold-bench/target/serve-load",
            description = "The data folder, filled if it holds fewer articles (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "600",
            description = "Requests a second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
            description = "Measured seconds per kind of request, after as many seconds of warm-up at a third of it (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "64",
            description = "Client threads with a request in flight at most (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--url", paramLabel = "URL",
            description = "Load a server already running at URL (http://127.0.0.1:8080) instead of starting one.")
    String url;

    @Option(names = "--server-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "The server JVM's -Xmx (default: ${DEFAULT-VALUE}).")
    String serverHeap;

    @CommandLine.Mixin
    ServerLauncherOption launcher;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (url != null) {
            String base = url.replaceAll("/+$", "");
            JsonNode health = ServerProcess.waitForHealth(base, null);
            out.printf("server: already running at %s, %d articles, %d stories%n", base,
                    health.get("articles").asLong(), health.get("stories").asLong());
            return load(out, base, health);
        }
        fill(out);
        try (ServerProcess server = new ServerProcess(launcher.launcher, data, serverHeap, "serve-load")) {
            JsonNode health = server.health;
            out.printf("server: storyfold serve, its own JVM (-Xmx%s), %d articles, %d stories; %d cores shared with"
                    + " the load generator%n", serverHeap, health.get("articles").asLong(), health.get("stories").asLong(),
                    Runtime.getRuntime().availableProcessors());
            return load(out, server.base, health);
        }
    }

    private int load(PrintWriter out, String base, JsonNode health) throws Exception {
        out.printf("load: open loop at %.0f req/s, %d client threads, %.0f s measured after %.0f s of warm-up%n",
                rate, workers, seconds, seconds);
        out.flush();
        List<String> stories = storyIds(base, health.get("stories").asInt());
        List<String> words = searchWords(base);
        Random random = new Random(11);
        OpenLoopLoad load = new OpenLoopLoad(workers);
        List<URI> pages = new ArrayList<>();
        List<URI> pageJson = new ArrayList<>();
        List<URI> searches = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String id = stories.get(random.nextInt(stories.size()));
            pages.add(URI.create(base + "/stories/" + id));
            pageJson.add(URI.create(base + "/api/stories/" + id));
            String q = words.get(random.nextInt(words.size()));
            searches.add(URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        }
        load.run("warm-up", rate / 3, seconds, i -> (i % 2 == 0 ? pages : searches).get(i % pages.size()));
        OpenLoopLoad.Result story = load.run("story page", rate, seconds, i -> pages.get(i % pages.size()));
        out.println(story.line());
        out.flush();
        OpenLoopLoad.Result json = load.run("story json", rate, seconds, i -> pageJson.get(i % pageJson.size()));
        out.println(json.line());
        out.flush();
        OpenLoopLoad.Result search = load.run("search", rate, seconds, i -> searches.get(i % searches.size()));
        out.println(search.line());
        out.println("(story page: GET /stories/{id}, the page rendered from the stored story with its storyline;"
                + " story json: GET /api/stories/{id}; search: GET /api/search?q= with one word: stories and"
                + " articles, 10 of each, with highlighted passages)");
        out.flush();
        return story.errors() + json.errors() + search.errors() == 0 ? 0 : 1;
    }

    /** Generates and ingests articles until the folder holds {@code articles}. */
    private void fill(PrintWriter out) throws IOException {
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), StoreConfig.defaults())) {
            long have = store.stats().articles();
            if (have >= articles) {
                out.printf("data: %s already holds %d articles, %d stories%n", data, have, store.stats().stories());
                return;
            }
            Path file = data.toAbsolutePath().getParent().resolve("serve-load-" + articles + ".jsonl");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new JsonLinesNews(7, JsonLinesNews.Size.NORMAL).write(articles, w);
            }
            long start = System.nanoTime();
            List<Problem> problems = new ArrayList<>();
            IngestReport r = store.ingest(List.of(file), problems::add, Progress.NONE);
            double s = (System.nanoTime() - start) / 1e9;
            out.printf("data: ingested %d articles (%d already stored, %d rejected) in %.0f s = %.0f articles/s;"
                    + " %d stories%n", r.added().size(), r.alreadyStored(), r.rejected(), s, r.added().size() / s,
                    store.stats().stories());
            out.flush();
        }
    }

    /** Ids of stories spread over the whole list. */
    private static List<String> storyIds(String base, int total) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            int offset = random.nextInt(Math.max(1, Math.min(total, 10_000) - 100));
            JsonNode page = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=100&offset="
                    + offset)).build(), HttpResponse.BodyHandlers.ofString()).body());
            page.get("stories").forEach(s -> ids.add(s.get("id").asText()));
        }
        return ids;
    }

    /** Search words as readers type them: names from story titles, and topics. */
    private static List<String> searchWords(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> words = new ArrayList<>(SyntheticWords.NOUNS);
        JsonNode page = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=100"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        page.get("stories").forEach(s -> words.add(s.get("title").asText().split(" ")[0]));
        return words;
    }
}
