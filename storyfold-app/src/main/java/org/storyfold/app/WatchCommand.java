package org.storyfold.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfold.StoryfoldConfig;
import org.storyfold.app.server.ApiServer;
import org.storyfold.app.server.ServerSettings;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold watch}: follows feeds, sitemaps and sites, keeping the data folder's stories current. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Follows news feeds, sitemaps and sites, and keeps the data folder's stories current.",
                "",
                "A SOURCE is a feed URL (RSS, Atom, RDF, JSON Feed), a site URL (its feeds are found from its page, "
                        + "its sitemaps from robots.txt), a sitemap URL, an OPML file, a text file of URLs, or a local "
                        + "feed file or folder of them. Sources are remembered in the data folder: later runs may name "
                        + "none. Each pass polls the sources due, fetches the pages of entries that give only a teaser, "
                        + "and stores what is new or changed (a changed page as a new revision) with its copies, "
                        + "stories and briefs. robots.txt is honoured, one request at a time goes to a host, and a "
                        + "failing host or source is left alone for longer each time. Stop it at any moment, even with "
                        + "kill -9: nothing stored is lost, and nothing is stored twice when it starts again."},
        footer = {"", "Example: storyfold watch --data news --serve 8080 https://www.theguardian.com/world/rss"})
final class WatchCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Feeds, sites, sitemaps, OPML files, files of URLs, local feeds.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--once", description = "Make one pass over the sources and exit (for cron and scripts).")
    boolean once;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m",
            description = "How often a source is polled: 30s, 15m, 2h, 1d; 0 polls every source at every pass (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--serve", paramLabel = "PORT", description = "Also serve the web page and API on this port while watching.")
    Integer servePort;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "The interface --serve listens on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--contact", paramLabel = "URL", description = "A page about your crawler, sent in the User-Agent.")
    String contact;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Least time between two requests to one host; a longer robots.txt Crawl-delay wins (default: ${DEFAULT-VALUE}).")
    String hostDelay;

    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "10",
            description = "Most MiB read of one response, after decompression (default: ${DEFAULT-VALUE}).")
    int maxMb;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s",
            description = "Longest one fetch may take, body included (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--teaser-words", paramLabel = "N", defaultValue = "150",
            description = "A feed entry with fewer words is a teaser: its page is fetched (default: ${DEFAULT-VALUE}).")
    int teaserWords;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar; the line per pass and problems are still printed.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        WatchConfig config = new WatchConfig(duration("--interval", interval), teaserWords, 100, 8);
        FetchConfig fetch;
        try {
            fetch = FetchConfig.defaults().withContact(contact).withHostDelay(duration("--host-delay", hostDelay))
                    .withLimits(maxMb * 1024L * 1024L, duration("--timeout", timeout));
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
        if (maxMb < 1 || maxMb > 2000) {
            throw UserError.usage("--max-mb must be between 1 and 2000, got " + maxMb);
        }
        List<SourceArgs.Named> named = new ArrayList<>();
        for (String s : sources) {
            try {
                named.addAll(SourceArgs.expand(s));
            } catch (IllegalArgumentException e) {
                throw UserError.usage(e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        ConsoleReporter reporter = new ConsoleReporter(err, quiet);
        String version = new Version().getVersion()[0].replace("storyfold ", "").replace(' ', '-');
        StoryStore store = data.open(StoryfoldConfig.defaults(), StoreConfig.defaults(), err, reporter);
        HttpFetcher fetcher = new HttpFetcher(fetch, version);
        ApiServer server = null;
        Thread main = Thread.currentThread();
        Thread hook = new Thread(main::interrupt, "storyfold-watch-stop");
        try {
            Watcher watcher = new Watcher(store, fetcher, config, StoreConfig.defaults().batchSize(), line -> {
                err.println("storyfold: " + line);
                err.flush();
            });
            watcher.follow(named);
            if (store.watchLedger().sources().isEmpty()) {
                throw UserError.usage("no sources: name feeds, sites, sitemaps, OPML files or files of URLs to watch");
            }
            if (servePort != null) {
                server = new ApiServer(store, new ServerSettings(host, servePort, ServerSettings.DEFAULT_MAX_BODY_BYTES),
                        version, err);
                server.start();
                err.println("storyfold: serving " + data.folder + " at " + server.url());
            }
            if (!once) {
                Runtime.getRuntime().addShutdownHook(hook);
            }
            int pass = 0;
            do {
                pass++;
                PassReport r = watcher.pass(reporter);
                err.println("storyfold: pass " + pass + ": " + r.line());
                err.flush();
                if (once) {
                    break;
                }
                sleepUntilDue(watcher);
            } while (!Thread.currentThread().isInterrupted());
            spec.commandLine().getOut().println(count(store.stats().articles(), "article") + " and "
                    + count(store.stats().stories(), "story") + " in " + data.folder);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (InterruptedException e) {
            return 0;
        } finally {
            if (server != null) {
                server.close();
            }
            fetcher.close();
            store.close();
        }
    }

    /** Sleeps until the next source is due, posting owed webhooks every half minute meanwhile. */
    private static void sleepUntilDue(Watcher watcher) throws InterruptedException {
        Instant due = watcher.nextDue();
        while (Instant.now().isBefore(due)) {
            long ms = Math.min(30_000, Math.max(200, Duration.between(Instant.now(), due).toMillis()));
            Thread.sleep(ms);
            watcher.deliverWebhooks();
        }
    }

    /** {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}, {@code 0}, or ISO-8601 ({@code PT15M}). */
    static Duration duration(String option, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.equals("0")) {
                return Duration.ZERO;
            }
            if (v.startsWith("p")) {
                return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1).strip());
            Duration d = switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
            if (d.isNegative()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (RuntimeException e) {
            throw UserError.usage(option + " must be a duration such as 30s, 15m, 2h or 1d, got \"" + value + "\"");
        }
    }

    private static String count(long n, String one) {
        return n + " " + (n == 1 ? one : one.equals("story") ? "stories" : one + "s");
    }
}
