package org.storyfold.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench extract}: article body extraction on extraction-dev, beside the peers. */
@Command(name = "extract", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Extracts the article body of every page of eval/extraction-dev with storyfold and, on the same "
                + "pages in the same run, with Readability4J, boilerpipe and Mozilla Readability.js, and prints each "
                + "one's precision, recall and F1 (the benchmark's 4-word shingle metric), its F1 on the tuning and "
                + "held-out halves, its pages per second on one thread (the fastest of --passes timed passes after an "
                + "untimed warm-up pass) and its "
                + "peak memory; then storyfold's title and date accuracy.",
                "",
                "Readability.js runs on the machine's Node.js; install its modules once with "
                        + "'npm ci --prefix storyfold-bench/readability' (it is skipped, with the reason, otherwise)."})
final class ExtractEvalCommand implements Callable<Integer> {

    enum Peers { all, java, none }

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/extraction-dev",
            description = "The extraction-dev folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--peers", defaultValue = "all", paramLabel = "WHICH",
            description = "Peers to run beside storyfold: all, java (no Node.js) or none (default: ${DEFAULT-VALUE}).")
    Peers peers;

    @CommandLine.Mixin
    ReadabilityOptions readability;

    @Option(names = "--passes", defaultValue = "3", paramLabel = "N",
            description = "Timed passes per extractor after the warm-up; the fastest is reported (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N",
            description = "Also list storyfold's N lowest-scoring pages of the tuning half, with their precision and recall.")
    int worst;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "Also write storyfold's body of each page to DIR/<id>.txt, beside DIR/<id>.gold.txt, for reading.")
    Path dump;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<ExtractionDev.Page> pages = ExtractionDev.load(data);
        out.printf(Locale.ROOT, "extraction-dev: %d pages (tuning half: even positions in id order; held-out: odd)%n",
                pages.size());
        out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s %9s %9s %11s %9s%n", "extractor", "precision", "recall", "F1",
                "F1-tune", "F1-held", "pages/s", "pages/cpu-s", "peak MB");
        List<BodyExtractor> extractors = new ArrayList<>();
        StoryfoldBodyExtractor storyfold = new StoryfoldBodyExtractor();
        extractors.add(storyfold);
        if (peers != Peers.none) {
            extractors.add(new Readability4jPeer());
            extractors.add(new BoilerpipePeer());
        }
        Map<String, Double> speed = new HashMap<>();
        Map<String, Double> cpuSpeed = new HashMap<>();
        Map<String, String> ourBodies = null;
        for (BodyExtractor extractor : extractors) {
            ExtractorRun run = ExtractorRun.measure(extractor, pages, passes);
            print(out, extractor.name(), pages, run.bodies(), run.pagesPerSecond(), run.pagesPerCpuSecond(), run.peakMb());
            speed.put(extractor.name(), run.pagesPerSecond());
            cpuSpeed.put(extractor.name(), run.pagesPerCpuSecond());
            if (extractor == storyfold) {
                ourBodies = run.bodies();
                out.printf(Locale.ROOT, "  (storyfold's JVM at its peak so far: %s MB resident, the 181 pages loaded included)%n",
                        ExtractorRun.peakResidentMb());
            }
        }
        if (peers == Peers.all) {
            String why = readability.whyUnavailable();
            if (why != null) {
                out.printf(Locale.ROOT, "%-22s skipped: %s%n", ReadabilityJsPeer.NAME, why);
            } else {
                ReadabilityJsPeer.Result r = ReadabilityJsPeer.run(readability.dir, readability.node, pages, passes);
                double pps = pages.size() / r.seconds();
                double cpuPps = pages.size() / r.cpuSeconds();
                print(out, ReadabilityJsPeer.NAME, pages, r.bodies(), pps, cpuPps, r.peakMb());
                out.printf(Locale.ROOT, "storyfold is %.1f times as fast as Readability.js on one thread (%.1f times "
                        + "per CPU second)%n", speed.get(storyfold.name()) / pps, cpuSpeed.get(storyfold.name()) / cpuPps);
            }
        }
        printMetadata(out, pages, storyfold, worst > 0);
        out.println("pages/s: wall clock, fastest timed pass; pages/cpu-s: per second of CPU the extraction used (the "
                + "thread's CPU time and the JVM's garbage collection; for Node.js the process's CPU time), which other "
                + "work on a shared machine does not disturb");
        out.println("peak MB: heap in use at its highest during the timed passes for the Java extractors (the pages "
                + "themselves included), resident memory for Node.js");
        if (dump != null) {
            java.nio.file.Files.createDirectories(dump);
            for (ExtractionDev.Page page : pages) {
                java.nio.file.Files.writeString(dump.resolve(page.id() + ".txt"), ourBodies.get(page.id()));
                java.nio.file.Files.writeString(dump.resolve(page.id() + ".gold.txt"), page.goldBody());
            }
        }
        if (worst > 0) {
            printWorst(out, ExtractionDev.half(pages, false), ourBodies, worst);
        }
        return 0;
    }

    private static void printMetadata(PrintWriter out, List<ExtractionDev.Page> pages, StoryfoldBodyExtractor storyfold,
                                      boolean listMisses) {
        MetadataGold gold = MetadataGold.load();
        Map<String, org.storyfold.extract.Article> articles = new java.util.LinkedHashMap<>();
        for (ExtractionDev.Page page : pages) {
            articles.put(page.id(), storyfold.article(page.html(), page.url()));
        }
        MetadataGold.Accuracy a = gold.score(articles);
        out.printf(Locale.ROOT, "storyfold titles right: %d of %d (%.1f%%); published dates right: %d of %d pages that "
                + "state one (%.1f%%):", a.titlesRight(), a.titled(), 100.0 * a.titlesRight() / a.titled(),
                a.datesRight(), a.dated(), 100.0 * a.datesRight() / a.dated());
        a.datesByHow().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf(Locale.ROOT, " %s %d/%d", e.getKey(), e.getValue()[0], e.getValue()[1]));
        out.println();
        if (listMisses) {
            articles.forEach((id, article) -> {
                MetadataGold.Entry g = gold.of(id);
                if (g.published() != null && (article == null || !g.published().equals(article.published()))) {
                    out.printf(Locale.ROOT, "  date  %s %s: %s, storyfold %s%n", id.substring(0, 12), g.how(), g.published(),
                            article == null ? null : article.published());
                }
                if (article == null || article.title() == null
                        || g.titles().stream().noneMatch(t -> MetadataGold.key(t).equals(MetadataGold.key(article.title())))) {
                    out.printf(Locale.ROOT, "  title %s: %s, storyfold %s%n", id.substring(0, 12), g.titles().get(0),
                            article == null ? null : article.title());
                }
            });
        }
        out.println("  (the true date: the page's address where it carries one, else the page's own published-date "
                + "markup, else the date printed beside the headline, read by hand; see extraction-dev-metadata.tsv)");
    }

    private static void print(PrintWriter out, String name, List<ExtractionDev.Page> pages, Map<String, String> bodies,
                              double pagesPerSecond, double pagesPerCpuSecond, double peakMb) {
        ShingleMetric.Score all = score(pages, bodies);
        ShingleMetric.Score tune = score(ExtractionDev.half(pages, false), bodies);
        ShingleMetric.Score held = score(ExtractionDev.half(pages, true), bodies);
        out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %9.3f %9.3f %9.1f %11.1f %9.0f%n", name, all.precision(),
                all.recall(), all.f1(), tune.f1(), held.f1(), pagesPerSecond, pagesPerCpuSecond, peakMb);
        out.flush();
    }

    static ShingleMetric.Score score(List<ExtractionDev.Page> pages, Map<String, String> bodies) {
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        for (ExtractionDev.Page page : pages) {
            scores.add(ShingleMetric.page(page.goldBody(), bodies.getOrDefault(page.id(), "")));
        }
        return ShingleMetric.average(scores);
    }

    private static void printWorst(PrintWriter out, List<ExtractionDev.Page> pages, Map<String, String> bodies, int n) {
        out.println("storyfold's lowest-scoring pages of the tuning half:");
        pages.stream()
                .map(p -> Map.entry(p, ShingleMetric.page(p.goldBody(), bodies.getOrDefault(p.id(), ""))))
                .sorted(Comparator.comparingDouble(e -> e.getValue().tp()))
                .limit(n)
                .forEach(e -> out.printf(Locale.ROOT, "  P %.2f R %.2f  %s  %s%n", e.getValue().precision(),
                        e.getValue().recall(), e.getKey().id().substring(0, 12), e.getKey().url()));
    }
}
