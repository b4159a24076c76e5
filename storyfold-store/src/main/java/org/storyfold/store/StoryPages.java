package org.storyfold.store;

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
import org.storyfold.synth.CoverageBuilder;
import org.storyfold.synth.Entity;

/**
 * Writes a changed story's brief, its page (the JSON the server sends) and its search entry.
 * Thread-safe.
 */
final class StoryPages {

    /** Characters of a story's words given to the search index. */
    private static final int MAX_SEARCH_TEXT = 50_000;

    private final Storyfold storyfold;
    private final int briefArticles;

    StoryPages(Storyfold storyfold, int briefArticles) {
        this.storyfold = storyfold;
        this.briefArticles = briefArticles;
    }

    /**
     * @param members   the story's articles by id, in story order
     * @param languages each member's language, where known
     * @param groups    the duplicate groups among the members
     */
    StoryRows.Row page(String id, long number, String title, Map<String, Article> members,
                       Map<String, String> languages, List<DuplicateGroup> groups) {
        List<String> briefed = briefed(members);
        Brief brief = storyfold.brief(new Story(id, title, briefed), members);
        if (briefed.size() < members.size()) {
            // The brief is written from some of the articles; who covered the story is told of all.
            Set<String> misdated = new HashSet<>();
            brief.misdated().forEach(m -> misdated.add(m.article()));
            brief = brief.withCoverage(CoverageBuilder.build(List.copyOf(members.values()), groups, misdated));
        }
        String headline = JsonFormat.headline(new Story(id, title, briefed), brief);
        Story story = new Story(id, headline, List.copyOf(members.keySet()));
        int independent = brief.coverage().independentSources();
        StringWriter page = new StringWriter();
        try {
            JsonFormat.writeStoryPage(story, brief, List.copyOf(members.values()), groups, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        Set<String> langs = new TreeSet<>(languages.values().stream().filter(Objects::nonNull).toList());
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
        return new StoryRows.Row(indexed, number, page.toString(), names);
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
