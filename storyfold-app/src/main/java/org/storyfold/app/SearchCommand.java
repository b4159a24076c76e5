package org.storyfold.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfold.app.server.ApiJson;
import org.storyfold.search.ArticleHit;
import org.storyfold.search.Highlight;
import org.storyfold.search.ResultPage;
import org.storyfold.search.SearchQuery;
import org.storyfold.search.StoryHit;
import org.storyfold.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold search}: finds stories and articles in the data folder. */
@Command(name = "search", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Finds stories and articles in the data folder.",
                "",
                "Stories are ranked by relevance, favouring those told by more independent sources; matching "
                        + "words are shown between « and ». Query syntax: words (all must match), \"a phrase\", "
                        + "-excluded, either | or, prefix*. Works beside a running server."})
final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "WORD", description = "The words to find.")
    List<String> words;

    @Mixin
    DataOptions data;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles of this outlet, or stories with one.")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", description = "Only dates on or after DATE (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only dates on or before DATE (yyyy-mm-dd).")
    LocalDate to;

    @Option(names = "--language", paramLabel = "CODE", description = "Only this language (en, fr, ...).")
    String language;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Hits of each kind to show, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (as GET /api/search). Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw UserError.usage("--limit must be between 1 and " + SearchQuery.MAX_LIMIT + ", got " + limit);
        }
        SearchQuery q;
        try {
            q = new SearchQuery(String.join(" ", words), outlet, from, to, language, 0, limit);
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (StoryStore store = data.openForReading()) {
            ResultPage<StoryHit> stories = store.stories(q);
            ResultPage<ArticleHit> articles = store.articles(q);
            Map<String, String> storyOf = store.storiesOf(articles.hits().stream().map(ArticleHit::id).toList());
            if (format == Format.json) {
                out.println(ApiJson.search(q.text(), stories, articles, storyOf, q.limit()));
            } else {
                printStories(out, q, stories);
                printArticles(out, articles, storyOf);
            }
            out.flush();
        }
        return 0;
    }

    private static void printStories(PrintWriter out, SearchQuery q, ResultPage<StoryHit> stories) {
        out.println(count(stories.total(), "story matches", "stories match") + " the query: " + q.text());
        for (StoryHit h : stories.hits()) {
            out.println();
            out.println(h.id() + "  " + (h.title() == null ? "(untitled)" : h.title()));
            out.println("    " + count(h.articles(), "article", "articles") + ", "
                    + count(h.independentSources(), "independent source", "independent sources")
                    + (h.newest() == null ? ", undated" : ", newest " + h.newest()));
            h.highlights().forEach(hl -> out.println("    … " + marked(hl) + " …"));
        }
    }

    private static void printArticles(PrintWriter out, ResultPage<ArticleHit> articles, Map<String, String> storyOf) {
        out.println();
        out.println(count(articles.total(), "article matches", "articles match"));
        for (ArticleHit h : articles.hits()) {
            out.println();
            out.println(h.id() + "  " + (h.title() == null ? "(untitled)" : h.title()));
            out.println("    " + (h.outlet() == null ? "unknown outlet" : h.outlet())
                    + (h.published() == null ? "" : ", " + h.published()) + ", story " + storyOf.get(h.id()));
            h.highlights().forEach(hl -> out.println("    … " + marked(hl) + " …"));
        }
    }

    private static String marked(Highlight h) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Highlight.Span s : h.matches()) {
            b.append(h.text(), at, s.start()).append('«').append(h.text(), s.start(), s.end()).append('»');
            at = s.end();
        }
        return b.append(h.text().substring(at)).toString().replaceAll("\\s+", " ");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
