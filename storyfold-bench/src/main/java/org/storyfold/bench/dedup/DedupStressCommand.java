package org.storyfold.bench.dedup;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfold.bench.MultiNews;
import org.storyfold.bench.MultiNewsFolderOption;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.IndexStats;
import org.storyfold.extract.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench dedup-stress}: storyfold's copy index on inputs built to break it. */
@Command(name = "dedup-stress", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Feeds the copy index inputs built to break it, one case at a time, each among the real "
                + "articles of eval/multinews-dev: empty and one-word articles, articles of 10 MB, and many exact "
                + "copies of one text (with a reprint of it); prints the time, heap and groups of each case."})
public final class DedupStressCommand implements Callable<Integer> {

    @Option(names = "--copies", defaultValue = "100000", paramLabel = "N",
            description = "Exact copies of one text (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--huge-mb", defaultValue = "10", paramLabel = "MB", description = "Size of the huge articles (default: ${DEFAULT-VALUE}).")
    int hugeMb;

    @CommandLine.Mixin
    MultiNewsFolderOption multiNews;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> news = MultiNews.load(multiNews.folder()).articles();
        String text = news.get(0).text();

        List<Article> empty = new ArrayList<>(news);
        for (int i = 0; i < 1000; i++) {
            empty.add(article("empty" + i, i % 3 == 0 ? "" : i % 3 == 1 ? "   \n\n  " : "Word"));
        }
        run(out, "1,000 empty, blank and one-word articles", empty);

        StringBuilder huge = new StringBuilder();
        for (int i = 0; huge.length() < hugeMb * 1_000_000; i++) {
            huge.append(news.get(i % news.size()).text()).append("\n\n");
        }
        List<Article> big = new ArrayList<>(news);
        big.add(article("huge-1", huge.toString()));
        big.add(article("huge-2", huge.toString().replace("the", "a")));
        big.add(article("huge-one-line", huge.toString().replace('\n', ' ').replace('.', ',')));
        run(out, String.format(Locale.ROOT, "3 articles of %d MB (one without a sentence break)", hugeMb), big);

        List<Article> many = new ArrayList<>(news);
        for (int i = 0; i < copies; i++) {
            many.add(article("copy" + i, i % 2 == 0 ? text : text.toUpperCase(Locale.ROOT).replace(" ", "  ")));
        }
        many.add(article("reprint", text.substring(0, text.length() * 2 / 3)));
        run(out, String.format(Locale.ROOT, "%,d exact copies of one text and a reprint of it", copies), many);
        return 0;
    }

    private static void run(PrintWriter out, String name, List<Article> articles) {
        try (HeapMeter heap = new HeapMeter()) {
            long t0 = System.nanoTime();
            CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
            for (int from = 0; from < articles.size(); from += 8192) {
                index.add(articles.subList(from, Math.min(articles.size(), from + 8192)));
            }
            List<DuplicateGroup> groups = index.groups();
            double seconds = (System.nanoTime() - t0) / 1e9;
            IndexStats s = index.stats();
            out.printf(Locale.ROOT, "%s: %d articles in %.1f s (%.1f cpu-s), peak heap %.0f MB, index %.0f MB on the heap "
                            + "(%d postings, profiles %.1f MB); %d groups, largest %s%n", name, articles.size(), seconds,
                    heap.cpuSeconds(), heap.peak() / 1e6, s.heapBytes() / 1e6, s.postings(), s.profileBytes() / 1e6,
                    groups.size(), groups.isEmpty() ? "-" : groups.get(0).kind().label() + " of " + groups.get(0).members().size()
                            + " around " + groups.get(0).original());
            out.flush();
        }
    }

    private static Article article(String id, String text) {
        return new Article(id, id, null, null, (LocalDate) null, null, null, null, text, List.of(), List.of(), List.of());
    }
}
