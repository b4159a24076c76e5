package org.storyfold.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storyfold.Storyfold;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.search.IndexedStory;
import org.storyfold.synth.Brief;
import org.storyfold.synth.CitedSentence;
import org.storyfold.synth.Coverage;
import org.storyfold.synth.CoverageBuilder;
import org.storyfold.synth.Entity;

/**
 * Writes a changed story's brief, its page (the JSON the server sends) and its search entry; and,
 * for the moment between the batch that changes a story and its new brief, a provisional page.
 * Thread-safe.
 */
final class StoryPages {

    /** Characters of a story's words given to the search index. */
    private static final int MAX_SEARCH_TEXT = 50_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Storyfold storyfold;
    private final int briefArticles;
    /** {@link #emptyBrief}, once written. */
    private volatile Brief empty;

    StoryPages(Storyfold storyfold, int briefArticles) {
        this.storyfold = storyfold;
        this.briefArticles = briefArticles;
    }

    /**
     * A changed story as the batch that changed it left it: what its brief is written from.
     *
     * @param members   the story's articles by id, in story order
     * @param languages each member's language, where known
     * @param groups    the duplicate groups among the members
     */
    record Job(String id, long number, String title, Map<String, Article> members, Map<String, String> languages,
               List<DuplicateGroup> groups) {
    }

    /** The story's brief, page and search entry: the analysis, done without the ingest lock. */
    StoryRows.Row page(Job job) {
        List<String> briefed = briefed(job.members());
        Brief brief = storyfold.brief(new Story(job.id(), job.title(), briefed), job.members());
        if (briefed.size() < job.members().size()) {
            // The brief is written from some of the articles; who covered the story is told of all.
            brief = brief.withCoverage(coverage(job, misdated(brief)));
        }
        return row(job, brief, null, null);
    }

    /**
     * The page a story shows while its new brief is written: its new members, copies and sources
     * with the brief it had (which may, for the batch, cite an article a young stream's fold moved
     * to another story), or an empty brief for a new story. Costs no analysis.
     */
    StoryRows.Row provisional(Job job, String previousPage) {
        // Only the previous page's brief is read, and the new page takes it as it is written there.
        String previousBrief = null;
        JsonNode brief = null;
        if (previousPage != null) {
            int[] at = briefAt(previousPage);
            if (at != null) {
                previousBrief = previousPage.substring(at[0], at[1]);
                try {
                    brief = JSON.readTree(previousBrief);
                } catch (IOException e) {
                    previousBrief = null;
                }
            }
        }
        Set<String> misdated = new HashSet<>();
        if (brief != null) {
            brief.path("misdated").forEach(m -> misdated.add(m.path("article").asText()));
        }
        return row(job, emptyBrief().withCoverage(coverage(job, misdated)), brief, previousBrief);
    }

    /** The brief of a story with no articles: the same for every story. */
    private Brief emptyBrief() {
        Brief b = empty;
        if (b == null) {
            b = storyfold.brief(new Story("", null, List.of()), Map.of(), List.of());
            empty = b;
        }
        return b;
    }

    /**
     * Where a page's {@code story.brief} value is, as {@code [start, end)} character offsets, or
     * null when it has none. Reads the page only as far as the brief, without building it.
     */
    private static int[] briefAt(String page) {
        try (JsonParser p = JSON.getFactory().createParser(page)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("story") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("brief")) {
                            int start = (int) p.currentTokenLocation().getCharOffset();
                            p.skipChildren();
                            return new int[] {start, (int) p.currentLocation().getCharOffset()};
                        }
                        p.skipChildren();
                    }
                    return null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Coverage coverage(Job job, Set<String> misdated) {
        return CoverageBuilder.build(List.copyOf(job.members().values()), job.groups(), misdated);
    }

    private static Set<String> misdated(Brief brief) {
        Set<String> out = new HashSet<>();
        brief.misdated().forEach(m -> out.add(m.article()));
        return out;
    }

    /**
     * @param briefInstead     the brief a provisional page keeps, or null
     * @param briefInsteadJson the same as written in the previous page
     */
    private StoryRows.Row row(Job job, Brief brief, JsonNode briefInstead, String briefInsteadJson) {
        Map<String, Article> members = job.members();
        String id = job.id();
        // A provisional page keeps the headline its brief chose; a new brief chooses again.
        String headline = briefInstead != null && briefInstead.hasNonNull("headline")
                ? briefInstead.get("headline").asText()
                : JsonFormat.headline(new Story(id, job.title(), List.of()), brief);
        Story story = new Story(id, headline, List.copyOf(members.keySet()));
        int independent = brief.coverage().independentSources();
        StringWriter page = new StringWriter();
        try {
            JsonFormat.writeStoryPage(story, brief, List.copyOf(members.values()), job.groups(), page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = page.toString();
        if (briefInsteadJson != null) {
            int[] at = briefAt(json);
            if (at == null) {
                throw new IllegalStateException("a story page without a brief: " + id);
            }
            json = json.substring(0, at[0]) + briefInsteadJson + json.substring(at[1]);
        }
        Set<String> outlets = new LinkedHashSet<>();
        Set<LocalDate> dates = new TreeSet<>();
        members.values().forEach(a -> {
            // The outlet filter finds a story by the agencies its articles credit too.
            if (a.outlet() != null) {
                outlets.add(a.outlet());
            }
            if (a.credit() != null) {
                outlets.add(a.credit());
            }
            if (a.published() != null) {
                dates.add(a.published());
            }
        });
        Set<String> langs = new TreeSet<>(job.languages().values().stream().filter(Objects::nonNull).toList());
        IndexedStory indexed = new IndexedStory(id, headline, searchText(headline, brief, members), List.copyOf(outlets),
                List.copyOf(dates), List.copyOf(langs), members.size(), independent, brief.coverage().lastUpdated());
        List<List<String>> names = new ArrayList<>();
        for (Entity e : brief.entities()) {
            if (!e.aliases().isEmpty()) {
                List<String> group = new ArrayList<>();
                group.add(e.name());
                group.addAll(e.aliases());
                names.add(group);
            }
        }
        return new StoryRows.Row(indexed, job.number(), json, names);
    }

    /**
     * The members a brief is written from: all of them, or in a large story its likely originals
     * and its latest members, so that a story's brief costs the same however long it runs.
     */
    private List<String> briefed(Map<String, Article> members) {
        if (members.size() <= briefArticles) {
            return List.copyOf(members.keySet());
        }
        Set<String> chosen = new LinkedHashSet<>();
        members.values().stream().sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).limit(briefArticles / 4)
                .forEach(a -> chosen.add(a.id()));
        List<String> ids = List.copyOf(members.keySet());
        for (int i = ids.size() - 1; i >= 0 && chosen.size() < briefArticles; i--) {
            chosen.add(ids.get(i));
        }
        return ids.stream().filter(chosen::contains).toList();
    }

    private static String searchText(String title, Brief brief, Map<String, Article> members) {
        StringBuilder b = new StringBuilder();
        List<String> parts = new ArrayList<>();
        if (title != null) {
            parts.add(title);
        }
        brief.summary().forEach(s -> parts.add(s.text()));
        for (CitedSentence f : brief.facts()) {
            parts.add(f.text());
        }
        members.values().stream().map(Article::title).filter(Objects::nonNull).distinct().forEach(parts::add);
        for (String p : parts) {
            if (b.length() + p.length() > MAX_SEARCH_TEXT) {
                break;
            }
            // A paragraph separator: a sentence never runs from one part into the next in highlights.
            b.append(p).append('\u2029');
        }
        return b.toString();
    }
}
