package org.storyfold.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.search.IndexedArticle;
import org.storyfold.search.IndexedStory;
import org.storyfold.search.SearchIndex;
import org.storyfold.text.LanguageGuesser;

/**
 * Places one batch of new articles: finds their copies, assigns their stories, briefs the stories
 * they change, and writes all of it in one transaction, then updates the search index.
 * Used by the ingest thread only.
 */
final class BatchPlacer {

    /** What a batch changed: its sequence number, the stories it wrote, the stories it merged away. */
    record Placed(long batch, List<String> changedStories, Map<String, String> mergedInto) {
    }

    private final Database db;
    private final SearchIndex index;
    private final StoryPages pages;
    private final CopyFinder copyFinder;
    private final StoryAssigner assigner;
    private final PlacingState state;
    private final LanguageGuesser languages;

    BatchPlacer(Database db, SearchIndex index, StoryPages pages, IncrementalStages stages, PlacingState state,
                LanguageGuesser languages) {
        this.db = db;
        this.index = index;
        this.pages = pages;
        this.copyFinder = stages.copies();
        this.assigner = stages.stories();
        this.state = state;
        this.languages = languages;
    }

    /**
     * Places and stores one batch. If it fails before its commit, the placing state is marked
     * stale (the stages have seen articles the database does not hold).
     */
    Placed place(List<Article> fresh, Map<String, String> fingerprintOf, LocalDate today) throws IOException {
        state.begin();
        try {
            return placeAndStore(fresh, fingerprintOf, today);
        } finally {
            state.abandoned();
        }
    }

    private Placed placeAndStore(List<Article> fresh, Map<String, String> fingerprintOf, LocalDate today)
            throws IOException {
        StoreView view = new StoreView(db);
        Map<String, Article> freshById = new LinkedHashMap<>();
        fresh.forEach(a -> freshById.put(a.id(), a));

        // 1. Copies among the new and the stored articles.
        CopyUpdate copies = copyFinder.copiesOf(fresh, view);
        // 2. The stories the new articles join or start.
        List<StoryUpdate> updates = assigner.assign(fresh, copies.changed(), view);
        checkContract(updates, freshById.keySet(), view);
        // 3. Languages, for the search filter: the one the page states, else a guess from the text.
        Map<String, String> language = new HashMap<>();
        fresh.parallelStream().map(a -> Map.entry(a.id(),
                        String.valueOf(a.language() != null ? a.language() : languages.guess(a.text()))))
                .toList().forEach(e -> language.put(e.getKey(), "null".equals(e.getValue()) ? null : e.getValue()));

        // 4. Each changed story's brief, page and search entry.
        long next = db.readForWrite(StoryRows::nextNumber);
        List<StoryRows.Row> rows = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, String> mergedInto = new LinkedHashMap<>();
        for (StoryUpdate u : updates) {
            String id;
            long number;
            if (u.story() != null) {
                id = u.story();
                number = db.readForWrite(c -> StoryRows.number(c, u.story()));
            } else {
                number = next++;
                id = "s" + number;
            }
            u.absorbed().forEach(a -> mergedInto.put(a, id));
            Map<String, Article> members = new LinkedHashMap<>();
            Map<String, Article> storedMembers = view.articles(
                    u.articles().stream().filter(a -> !freshById.containsKey(a)).toList());
            Map<String, String> memberLanguages = new HashMap<>();
            for (String a : u.articles()) {
                Article article = freshById.containsKey(a) ? freshById.get(a) : storedMembers.get(a);
                if (article == null) {
                    throw new IllegalStateException("story update names unknown article " + a);
                }
                members.put(a, article);
                String lang = freshById.containsKey(a) ? language.get(a) : view.language(a);
                if (lang != null) {
                    memberLanguages.put(a, lang);
                }
                if (freshById.containsKey(a)) {
                    storyOf.put(a, id);
                }
            }
            rows.add(pages.page(id, number, u.title(), members, memberLanguages,
                    storyGroups(members.keySet(), storedMembers.keySet(), copies, view), today));
        }

        // 5. One transaction: the batch is stored whole or not at all.
        long nextNumber = next;
        long batch = db.transaction(c -> {
            long seq;
            try (PreparedStatement ps = Database.prepare(c, "INSERT INTO batches (finished, added) VALUES (?, ?)",
                    Instant.now().toString(), fresh.size())) {
                ps.executeUpdate();
            }
            seq = Database.queryLong(c, "SELECT last_insert_rowid()");
            List<ArticleRows.Row> articleRows = new ArrayList<>();
            for (Article a : fresh) {
                articleRows.add(new ArticleRows.Row(a, fingerprintOf.get(a.id()), storyOf.get(a.id()),
                        language.get(a.id())));
            }
            ArticleRows.insert(c, articleRows, seq);
            GroupRows.replace(c, copies);
            for (Map.Entry<String, String> m : mergedInto.entrySet()) {
                ArticleRows.moveStory(c, m.getKey(), m.getValue());
                StoryRows.merge(c, m.getKey(), m.getValue(), seq);
            }
            for (StoryRows.Row row : rows) {
                StoryRows.upsert(c, row, seq);
            }
            StoryRows.setNextNumber(c, nextNumber);
            return seq;
        });
        state.committed(batch);

        // 6. The search index, replayed from the store if the process dies before its commit.
        List<IndexedArticle> indexed = fresh.stream().map(a -> new IndexedArticle(a.id(), a.title(), a.text(),
                a.outlet(), a.published(), language.get(a.id()))).toList();
        List<IndexedStory> indexedStories = rows.stream().map(StoryRows.Row::indexed).toList();
        index.update(indexed, indexedStories, mergedInto.keySet());
        return new Placed(batch, indexedStories.stream().map(IndexedStory::id).toList(), mergedInto);
    }

    /** The story's groups: the stored ones the batch did not examine, and the batch's that involve its members. */
    private static List<DuplicateGroup> storyGroups(Set<String> members, Set<String> storedMembers,
                                                    CopyUpdate copies, StoreView view) {
        List<DuplicateGroup> out = new ArrayList<>();
        for (DuplicateGroup g : view.groupsOf(storedMembers)) {
            if (!copies.examined().containsAll(g.members())) {
                out.add(g);
            }
        }
        for (DuplicateGroup g : copies.groups()) {
            if (g.members().stream().anyMatch(members::contains)) {
                out.add(g);
            }
        }
        return out;
    }

    private static void checkContract(List<StoryUpdate> updates, Set<String> fresh, StoredCollection view) {
        Set<String> placed = new HashSet<>();
        Set<String> storedNamed = new HashSet<>();
        List<String> storedMembers = new ArrayList<>();
        for (StoryUpdate u : updates) {
            for (String a : u.articles()) {
                if (fresh.contains(a) && !placed.add(a)) {
                    throw new IllegalStateException("the story assigner placed article " + a + " twice");
                }
                if (!fresh.contains(a)) {
                    storedMembers.add(a);
                }
            }
            List<String> named = new ArrayList<>(u.absorbed());
            if (u.story() != null) {
                named.add(u.story());
            }
            for (String s : named) {
                if (!storedNamed.add(s)) {
                    throw new IllegalStateException("the story assigner named stored story " + s + " twice");
                }
            }
        }
        if (!placed.equals(fresh)) {
            Set<String> missing = new HashSet<>(fresh);
            missing.removeAll(placed);
            throw new IllegalStateException("the story assigner left out articles " + missing);
        }
        // Stories only grow and merge: a stored article stays with the story it is in.
        Map<String, String> storyOf = view.storiesOf(storedMembers);
        for (StoryUpdate u : updates) {
            for (String a : u.articles()) {
                String was = storyOf.get(a);
                if (!fresh.contains(a) && was != null && !was.equals(u.story()) && !u.absorbed().contains(was)) {
                    throw new IllegalStateException("the story assigner moved stored article " + a + " from story "
                            + was + " to " + (u.story() == null ? "a new story" : u.story())
                            + " without absorbing " + was + "; stories only grow and merge");
                }
            }
        }
    }
}
