package org.storyfold.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.search.IndexedStory;
import org.storyfold.synth.Brief;
import org.storyfold.synth.CitedSentence;

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
     * @param today     the date given to a story none of whose articles is dated
     */
    record Job(String id, long number, String title, Map<String, Article> members, Map<String, String> languages,
               List<DuplicateGroup> groups, LocalDate today) {
    }

    /** The story's brief, page and search entry: the analysis, done without the ingest lock. */
    StoryRows.Row page(Job job) {
        Story briefed = new Story(job.id(), job.title(), briefed(job.members()));
        return row(job, storyfold.brief(briefed, job.members()), null);
    }

    /**
     * The page a story shows while its new brief is written: its new members, copies and sources
     * with the brief it had (which cites only articles it still has, since stories only grow and
     * merge), or an empty brief for a new story. Costs no analysis.
     */
    StoryRows.Row provisional(Job job, String previousPage) {
        JsonNode previousBrief = null;
        if (previousPage != null) {
            try {
                previousBrief = JSON.readTree(previousPage).path("story").get("brief");
            } catch (IOException e) {
                previousBrief = null;
            }
        }
        return row(job, storyfold.brief(new Story(job.id(), job.title(), List.of()), Map.of(), List.of()),
                previousBrief);
    }

    private StoryRows.Row row(Job job, Brief brief, JsonNode briefInstead) {
        Map<String, Article> members = job.members();
        String id = job.id();
        String title = job.title();
        Story story = new Story(id, title, List.copyOf(members.keySet()));
        int independent = independentSources(members.keySet(), job.groups());
        StringWriter page = new StringWriter();
        try {
            JsonFormat.writeStoryPage(story, brief, List.copyOf(members.values()), job.groups(), independent, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = page.toString();
        if (briefInstead != null) {
            try {
                ObjectNode tree = (ObjectNode) JSON.readTree(json);
                ((ObjectNode) tree.get("story")).set("brief", briefInstead);
                json = JSON.writeValueAsString(tree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> outlets = new LinkedHashSet<>();
        Set<LocalDate> dates = new TreeSet<>();
        members.values().forEach(a -> {
            if (a.outlet() != null) {
                outlets.add(a.outlet());
            }
            if (a.published() != null) {
                dates.add(a.published());
            }
        });
        Set<String> langs = new TreeSet<>(job.languages().values().stream().filter(Objects::nonNull).toList());
        LocalDate newest = dates.isEmpty() ? job.today() : ((TreeSet<LocalDate>) dates).last();
        IndexedStory indexed = new IndexedStory(id, title, searchText(title, brief, members), List.copyOf(outlets),
                List.copyOf(dates), List.copyOf(langs), members.size(), independent, newest);
        return new StoryRows.Row(indexed, job.number(), json);
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

    /** The members that are not an exact or near copy of another member; partial reuses count as sources. */
    static int independentSources(Set<String> members, List<DuplicateGroup> groups) {
        Set<String> copies = new HashSet<>();
        for (DuplicateGroup g : groups) {
            for (CopyLink l : g.links()) {
                if (l.kind() != CopyKind.PARTIAL && members.contains(l.copy())) {
                    copies.add(l.copy());
                }
            }
        }
        return Math.max(1, members.size() - copies.size());
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
