package org.storyfold.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
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
 * Places one batch of new articles: finds their copies, assigns their stories, and writes all of
 * it in one transaction, each changed story with its new members and a provisional page; then
 * updates the search index. The changed stories' briefs are written afterwards, without the
 * ingest lock, and stored by {@link #finish} unless a later batch changed the story again.
 * Used under the store's ingest lock only.
 */
final class BatchPlacer {

    /**
     * What a batch changed: its sequence number, the stories it wrote, the stories it merged away,
     * and the briefs its stories wait for.
     */
    record Placed(long batch, List<String> changedStories, Map<String, String> mergedInto, List<StoryPages.Job> briefs) {
    }

    private final Database db;
    private final SearchIndex index;
    private final StoryPages pages;
    private final CopyFinder copyFinder;
    private final StoryAssigner assigner;
    private final PlacementMemory state;
    private final IndexHealth health;

    BatchPlacer(Database db, SearchIndex index, StoryPages pages, IncrementalStages stages, PlacementMemory state,
                IndexHealth health) {
        this.db = db;
        this.index = index;
        this.pages = pages;
        this.copyFinder = stages.copies();
        this.assigner = stages.stories();
        this.state = state;
        this.health = health;
    }

    /**
     * Places and stores one batch. If it fails before its commit, the placing state is marked
     * stale (the stages have seen articles the database does not hold).
     */
    Placed place(List<Article> fresh, Map<String, String> fingerprintOf, Map<String, String> language,
                 AlsoWrite also) throws IOException {
        state.begin();
        try {
            return placeAndStore(fresh, fingerprintOf, language, also);
        } finally {
            state.abandoned();
        }
    }

    /** Rows written in the batch's transaction beside its articles (a watch's fetched addresses). */
    @FunctionalInterface
    interface AlsoWrite {
        AlsoWrite NOTHING = c -> { };

        void write(java.sql.Connection c) throws java.sql.SQLException;
    }

    private Placed placeAndStore(List<Article> fresh, Map<String, String> fingerprintOf, Map<String, String> language,
                                 AlsoWrite also) throws IOException {
        StoreView view = new StoreView(db);
        Map<String, Article> freshById = new LinkedHashMap<>();
        fresh.forEach(a -> freshById.put(a.id(), a));

        // 1. Copies among the new and the stored articles.
        CopyUpdate copies = copyFinder.copiesOf(fresh, view);
        // 2. The stories the new articles join or start.
        List<StoryAssignment> updates = assigner.assign(fresh, copies.changed(), view);
        checkContract(updates, freshById.keySet(), view);
        // 3. Each changed story's members and copies, and its page until its new brief is written.
        long next = db.readForWrite(StoryRows::nextNumber);
        List<StoryPages.Job> jobs = new ArrayList<>();
        List<StoryRows.Row> rows = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, String> movedTo = new LinkedHashMap<>();
        Map<String, String> mergedInto = new LinkedHashMap<>();
        Map<String, String> storedStoryOf = view.storiesOf(updates.stream().flatMap(u -> u.articles().stream())
                .filter(a -> !freshById.containsKey(a)).toList());
        for (StoryAssignment u : updates) {
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
                } else if (!id.equals(storedStoryOf.get(a)) && !u.absorbed().contains(storedStoryOf.get(a))) {
                    movedTo.put(a, id);
                }
            }
            members = latestRevisions(members, freshById.keySet());
            StoryPages.Job job = new StoryPages.Job(id, number, u.title(), members, memberLanguages,
                    storyGroups(members.keySet(), storedMembers.keySet(), copies, view));
            jobs.add(job);
            String previous = u.story() == null ? null : db.readForWrite(c -> StoryRows.page(c, u.story())).orElse(null);
            rows.add(pages.provisional(job, previous));
        }

        // 4. One transaction: the batch is stored whole or not at all.
        long nextNumber = next;
        long batch = db.transaction(c -> {
            long seq;
            try (PreparedStatement ps = Database.prepare(c, "INSERT INTO batches (finished, added) VALUES (?, ?)",
                    Instant.now().toString(), fresh.size())) {
                ps.executeUpdate();
            }
            seq = Database.queryLong(c, "SELECT last_insert_rowid()");
            List<ArticleTable.Row> articleRows = new ArrayList<>();
            for (Article a : fresh) {
                articleRows.add(new ArticleTable.Row(a, fingerprintOf.get(a.id()), storyOf.get(a.id()),
                        language.get(a.id())));
            }
            ArticleTable.insert(c, articleRows, seq);
            also.write(c);
            GroupRows.replace(c, copies);
            for (Map.Entry<String, String> m : mergedInto.entrySet()) {
                ArticleTable.moveStory(c, m.getKey(), m.getValue());
                StoryRows.merge(c, m.getKey(), m.getValue(), seq);
            }
            for (Map.Entry<String, String> m : movedTo.entrySet()) {
                ArticleTable.setStory(c, m.getKey(), m.getValue());
            }
            for (StoryRows.Row row : rows) {
                StoryRows.upsert(c, row, seq);
                StoryRows.briefDue(c, row.indexed().id(), seq);
            }
            StoryRows.setNextNumber(c, nextNumber);
            return seq;
        });
        state.committed(batch);

        // 5. The search index, replayed from the store if the process dies before its commit; the batch
        // is stored whatever happens to the index, which is repaired from the store if this fails.
        List<IndexedArticle> indexed = fresh.stream().map(a -> new IndexedArticle(a.id(), a.title(), a.text(),
                a.outlet(), a.published(), language.get(a.id()), a.credit())).toList();
        List<IndexedStory> indexedStories = rows.stream().map(StoryRows.Row::indexed).toList();
        health.update(batch, () -> index.update(indexed, indexedStories, mergedInto.keySet()));
        return new Placed(batch, indexedStories.stream().map(IndexedStory::id).toList(), mergedInto, jobs);
    }

    /**
     * Stores the briefs written for placed stories, each unless a later batch changed its story
     * again (that batch's brief follows) or merged it away; returns the stories written.
     */
    List<String> finish(List<BriefBacklog.Due> due, List<StoryRows.Row> briefed) {
        List<StoryRows.Row> written = db.transaction(c -> {
            List<StoryRows.Row> out = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                BriefBacklog.Due d = due.get(i);
                if (StoryRows.isBriefDue(c, d.job().id(), d.batch())) {
                    StoryRows.upsert(c, briefed.get(i), d.batch());
                    NameRows.add(c, briefed.get(i).names());
                    StoryRows.briefDone(c, d.job().id());
                    out.add(briefed.get(i));
                }
            }
            return out;
        });
        List<IndexedStory> stories = written.stream().map(StoryRows.Row::indexed).toList();
        long first = due.stream().mapToLong(BriefBacklog.Due::batch).min().orElse(0);
        if (!stories.isEmpty()) {
            health.update(first, () -> index.update(List.of(), stories, List.of()));
        }
        return stories.stream().map(IndexedStory::id).toList();
    }

    /** A stored story as the store holds it now, for a brief written again. */
    StoryPages.Job storedJob(String story) {
        StoreView view = new StoreView(db);
        List<String> ids = view.storyMembers(List.of(story));
        Map<String, Article> members = latestRevisions(view.articles(ids), Set.of());
        Map<String, String> languages = new HashMap<>();
        for (String id : ids) {
            String lang = view.language(id);
            if (lang != null) {
                languages.put(id, lang);
            }
        }
        return new StoryPages.Job(story, db.readForWrite(c -> StoryRows.number(c, story)),
                db.readForWrite(c -> StoryRows.title(c, story)), members, languages, view.groupsOf(ids));
    }

    /** Makes the search index durable as of every stored batch (repairing it first if an update failed). */
    Void commitIndex() throws IOException {
        health.commit();
        return null;
    }

    /** Saves the placing state if a snapshot is due. */
    void snapshotIfDue() throws IOException {
        state.snapshotIfDue();
    }

    /**
     * The members a story's page shows: each watched page's latest revision only (the earlier ones
     * stay members, and answer at their own address), unless that would leave none.
     */
    private Map<String, Article> latestRevisions(Map<String, Article> members, Set<String> fresh) {
        Set<String> superseded = db.readForWrite(c -> {
            Set<String> out = new HashSet<>();
            List<String> ids = List.copyOf(members.keySet());
            for (int i = 0; i < ids.size(); i += 500) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
                try (PreparedStatement ps = Database.prepare(c, "SELECT id FROM articles WHERE superseded_by IS NOT NULL"
                        + " AND id IN (" + Database.placeholders(chunk.size()) + ")", chunk.toArray());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        // Within this batch: a fresh revision ~rN replaces the member it revises.
        for (String id : fresh) {
            int at = id.lastIndexOf("~r");
            if (at > 0) {
                String base = id.substring(0, at);
                int n = Integer.parseInt(id.substring(at + 2).chars().allMatch(Character::isDigit) && at + 2 < id.length()
                        ? id.substring(at + 2) : "0");
                superseded.add(n == 2 ? base : base + "~r" + (n - 1));
            }
        }
        if (superseded.isEmpty() || superseded.containsAll(members.keySet())) {
            return members;
        }
        Map<String, Article> out = new LinkedHashMap<>(members);
        out.keySet().removeAll(superseded);
        return out;
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

    private static void checkContract(List<StoryAssignment> updates, Set<String> fresh, StoredCollection view) {
        Set<String> placed = new HashSet<>();
        Set<String> storedNamed = new HashSet<>();
        List<String> storedMembers = new ArrayList<>();
        for (StoryAssignment u : updates) {
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
        // A stored article leaves its story only with the whole story (absorbed), or when that story is
        // named too, so that its page is written again without it (a young stream folded anew moves articles).
        Map<String, String> storyOf = view.storiesOf(storedMembers);
        Set<String> storedPlaced = new HashSet<>();
        for (StoryAssignment u : updates) {
            for (String a : u.articles()) {
                String was = storyOf.get(a);
                if (!fresh.contains(a) && !storedPlaced.add(a)) {
                    throw new IllegalStateException("the story assigner placed stored article " + a + " twice");
                }
                if (!fresh.contains(a) && was != null && !was.equals(u.story()) && !u.absorbed().contains(was)
                        && !storedNamed.contains(was)) {
                    throw new IllegalStateException("the story assigner moved stored article " + a + " from story "
                            + was + " to " + (u.story() == null ? "a new story" : u.story())
                            + " without naming " + was + "; a story that loses an article is written again");
                }
            }
        }
    }
}
