package org.storyfold.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfold.Outcome;
import org.storyfold.PageFacts;
import org.storyfold.extract.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench metadata}: title, author and publication date on metadata-dev, beside Readability.js. */
@Command(name = "metadata", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Extracts every page of eval/metadata-dev with storyfold and, in the same run, with Mozilla "
                + "Readability.js, and prints the share of pages whose title, author and publication date each gets "
                + "right (the set's README rules), per set and overall, on the tuning and held-out halves, with the "
                + "ratio of storyfold's share to Readability.js's.",
                "",
                "Readability.js runs on the machine's Node.js; install its modules once with "
                        + "'npm ci --prefix storyfold-bench/readability' (it is skipped, with the reason, otherwise)."})
final class MetadataEvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/metadata-dev",
            description = "The metadata-dev folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--peers", defaultValue = "all", paramLabel = "WHICH",
            description = "Peers to run beside storyfold: all (Readability.js) or none (default: ${DEFAULT-VALUE}).")
    ExtractEvalCommand.Peers peers;

    @CommandLine.Mixin
    ReadabilityOptions readability;

    @Option(names = "--misses", paramLabel = "FIELD", split = ",",
            description = "Also list storyfold's misses of each FIELD (title, author, published) on the tuning half only.")
    List<String> misses = List.of();

    @Option(names = "--show", paramLabel = "ID", split = ",",
            description = "Only print what storyfold extracts from these pages (ids), beside their annotation.")
    List<String> show = List.of();

    @Option(names = "--verdicts", paramLabel = "FILE",
            description = "Also write, for every page and annotated field, a line 'id<TAB>half<TAB>field<TAB>right|wrong' "
                    + "(no content), to compare two versions page by page on both halves.")
    Path verdicts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What an extractor states about one page's title, authors and publication date. */
    record Prediction(String title, List<String> authors, String published) {

        static final Prediction NONE = new Prediction(null, List.of(), null);

        static Prediction of(Article a) {
            if (a == null) {
                return NONE;
            }
            LocalDate day = a.published();
            return new Prediction(a.title(), a.authors(), day == null ? null : day.toString());
        }

        /** What an extraction states: the article's metadata, or what a page rejected as not an article states. */
        static Prediction of(Outcome<Article> outcome) {
            if (outcome instanceof Outcome.Ok<Article> ok) {
                return of(ok.value());
            }
            PageFacts page = ((Outcome.Rejected<Article>) outcome).page();
            return page == null ? NONE : new Prediction(page.title(), page.authors(),
                    page.published() == null ? null : page.published().toString());
        }

        boolean right(MetadataDev.Page page, MetadataDev.Field field) {
            String gold = page.gold().get(field);
            return switch (field) {
                case TITLE -> MetadataScore.title(gold, title);
                case AUTHOR -> MetadataScore.authors(gold, authors);
                case PUBLISHED -> MetadataScore.published(gold, published);
            };
        }

        String shown(MetadataDev.Field field) {
            return switch (field) {
                case TITLE -> title;
                case AUTHOR -> authors.isEmpty() ? null : String.join("; ", authors);
                case PUBLISHED -> published;
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (String field : misses) {
            if (java.util.Arrays.stream(MetadataDev.Field.values()).noneMatch(f -> f.key.equals(field))) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--misses takes title, author or published, not '" + field + "'");
            }
        }
        List<MetadataDev.Page> pages = MetadataDev.load(data);
        if (!show.isEmpty()) {
            return show(out, pages);
        }
        Map<String, Integer> bySet = new LinkedHashMap<>();
        pages.forEach(p -> bySet.merge(p.set(), 1, Integer::sum));
        out.printf(Locale.ROOT, "metadata-dev: %d pages %s (tuning half: even positions in id order within each set; "
                + "held-out: odd)%n", pages.size(), bySet);
        StoryfoldBodyExtractor storyfold = new StoryfoldBodyExtractor();
        Map<String, Prediction> ours = new HashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (MetadataDev.Page page : pages) {
            Outcome<Article> outcome = storyfold.extract(page.html(), page.url());
            if (outcome instanceof Outcome.Rejected<Article> r) {
                rejected.put(page.id(), r.reason());
            }
            ours.put(page.id(), Prediction.of(outcome));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Prediction> theirs = null;
        if (peers == ExtractEvalCommand.Peers.all) {
            String why = readability.whyUnavailable();
            if (why != null) {
                out.printf(Locale.ROOT, "%s skipped: %s%n", ReadabilityJsPeer.NAME, why);
            } else {
                theirs = new HashMap<>();
                for (Map.Entry<String, ReadabilityJsPeer.Metadata> e
                        : ReadabilityJsPeer.runOnce(readability.dir, readability.node, pages).metadata().entrySet()) {
                    ReadabilityJsPeer.Metadata m = e.getValue();
                    theirs.put(e.getKey(), new Prediction(m.title(),
                            m.byline() == null || m.byline().isBlank() ? List.of() : List.of(m.byline().strip()),
                            m.publishedTime()));
                }
            }
        }
        out.printf(Locale.ROOT, "%-11s %-20s %6s %10s %7s %7s %15s %7s%n", "share right", "set", "pages", "storyfold",
                "tune", "held", "Readability.js", "ratio");
        List<String> sets = new ArrayList<>(bySet.keySet());
        sets.add("all");
        for (MetadataDev.Field field : MetadataDev.Field.values()) {
            for (String set : sets) {
                List<MetadataDev.Page> scored = pages.stream()
                        .filter(p -> p.annotated(field) && (set.equals("all") || p.set().equals(set))).toList();
                boolean oneSet = scored.stream().map(MetadataDev.Page::set).distinct().count() == 1;
                if (scored.isEmpty() || set.equals("all") && oneSet) {
                    continue;
                }
                double share = share(scored, ours, field);
                String peer = theirs == null ? "-" : String.format(Locale.ROOT, "%.3f", share(scored, theirs, field));
                String ratio = theirs == null ? "-" : String.format(Locale.ROOT, "%.2f", share / share(scored, theirs, field));
                out.printf(Locale.ROOT, "%-11s %-20s %6d %10.3f %7.3f %7.3f %15s %7s%n", field.key, set, scored.size(),
                        share, share(MetadataDev.half(scored, false), ours, field),
                        share(MetadataDev.half(scored, true), ours, field), peer, ratio);
            }
        }
        out.printf(Locale.ROOT, "storyfold: %d of %d pages rejected as not articles (scored on what they state); "
                + "%.1f pages/s, metadata and body, one thread, one pass%n", rejected.size(), pages.size(), pages.size() / seconds);
        if (!misses.isEmpty()) {
            rejected.forEach((id, why) -> out.printf(Locale.ROOT, "  rejected %s: %s%n", id, why));
        }
        if (verdicts != null) {
            writeVerdicts(pages, ours);
        }
        for (String field : misses) {
            printMisses(out, pages, ours, theirs, MetadataDev.Field.valueOf(field.toUpperCase(Locale.ROOT)));
        }
        return 0;
    }

    private int show(PrintWriter out, List<MetadataDev.Page> pages) {
        StoryfoldBodyExtractor storyfold = new StoryfoldBodyExtractor();
        for (MetadataDev.Page page : pages) {
            if (show.contains(page.id())) {
                Outcome<Article> o = storyfold.extract(page.html(), page.url());
                out.printf(Locale.ROOT, "%s  %s%n  gold %s%n", page.id(), page.url(), page.gold());
                if (o instanceof Outcome.Ok<Article> ok) {
                    Article a = ok.value();
                    out.printf(Locale.ROOT, "  title %s%n  authors %s%n  published %s  modified %s%n  outlet %s  credit %s"
                            + "  language %s%n", a.title(), a.authors(), a.published(), a.modified(), a.outlet(),
                            a.credit(), a.language());
                } else {
                    Outcome.Rejected<Article> r = (Outcome.Rejected<Article>) o;
                    out.printf(Locale.ROOT, "  rejected: %s%n  page %s%n", r.reason(), r.page());
                }
            }
        }
        return 0;
    }

    private void writeVerdicts(List<MetadataDev.Page> pages, Map<String, Prediction> ours) throws IOException {
        List<String> lines = new ArrayList<>();
        for (boolean heldOut : new boolean[] {false, true}) {
            for (MetadataDev.Page page : MetadataDev.half(pages, heldOut)) {
                for (MetadataDev.Field field : MetadataDev.Field.values()) {
                    if (page.annotated(field)) {
                        lines.add(String.join("\t", page.id(), heldOut ? "held-out" : "tuning", field.key,
                                ours.get(page.id()).right(page, field) ? "right" : "wrong"));
                    }
                }
            }
        }
        Files.write(verdicts, lines);
    }

    private static void printMisses(PrintWriter out, List<MetadataDev.Page> pages, Map<String, Prediction> ours,
                                    Map<String, Prediction> theirs, MetadataDev.Field misses) {
        out.printf(Locale.ROOT, "storyfold's misses of %s on the tuning half (gold, storyfold%s):%n", misses.key,
                theirs == null ? "" : ", Readability.js");
        for (MetadataDev.Page page : MetadataDev.half(pages, false)) {
            if (page.annotated(misses) && !ours.get(page.id()).right(page, misses)) {
                out.printf(Locale.ROOT, "  %s  %s%n    gold %s%n    ours %s%n", page.id(), page.url(),
                        page.gold().get(misses), ours.get(page.id()).shown(misses));
                if (theirs != null) {
                    out.printf(Locale.ROOT, "    peer %s%n", theirs.getOrDefault(page.id(), Prediction.NONE).shown(misses));
                }
            }
        }
    }

    /** The share of {@code pages} whose {@code field} the predictions get right (a missing prediction is none). */
    static double share(List<MetadataDev.Page> pages, Map<String, Prediction> predictions, MetadataDev.Field field) {
        if (pages.isEmpty()) {
            return Double.NaN;
        }
        long right = pages.stream()
                .filter(p -> predictions.getOrDefault(p.id(), Prediction.NONE).right(p, field)).count();
        return (double) right / pages.size();
    }
}
