package org.storyfold.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.storyfold.dedup.internal.DocTable;
import org.storyfold.dedup.internal.EdgeTable;
import org.storyfold.dedup.internal.Families;
import org.storyfold.dedup.internal.LongIntMap;
import org.storyfold.dedup.internal.Profile;
import org.storyfold.dedup.internal.ProfileStore;
import org.storyfold.dedup.internal.TextScan;
import org.storyfold.extract.Article;

/**
 * An incremental, persistent index of copies: articles are added in batches and each new article
 * is compared with everything indexed before, so the groups are the same whether the articles
 * arrive at once or over months.
 *
 * <p>Each article is scanned once from its text alone (in parallel within a batch): exact copies
 * are found by a hash of their words and keep nothing else; every other article keeps a profile
 * of its sentences (on the heap, or in a memory-mapped file for a large index) and posts its
 * sentence fingerprints; the earlier articles that share fingerprints with two or more of its
 * sentences are verified by sentence alignment, and the verified relations join families.
 *
 * <p>Memory: per article on the heap, about 250 bytes of bookkeeping with its id, and 8 to 16
 * bytes per posted sentence key: at most {@code bands} keys per sentence and {@code maxKeys} per
 * article (600 by default), so at most about 10 KB per article whatever its size, and about 40
 * keys for a news article; measured at a million synthetic news articles, 1.0 KB per article
 * ({@code storyfold-bench dedup}). Profiles take about 4 bytes a word, bounded by
 * {@code maxSentences} sentences of at most 400 words, on the heap or in the mapped file. An
 * exact copy takes only its bookkeeping.
 *
 * <p>For a store: {@link #open} or {@link #create} an index in a folder, {@link #add} each batch
 * of new articles and apply the {@link IndexChanges}, {@link #save} after each batch. Not
 * thread-safe: one writer at a time.
 */
public final class CopyIndex implements AutoCloseable {

    private static final int FORMAT = 1;
    /** Articles scanned ahead at a time. */
    private static final int SLICE = 256;
    private static final String INDEX_FILE = "index.bin";
    private static final String PROFILE_FILE = "profiles.bin";
    private static final String SETTINGS_FILE = "index.properties";

    private final DedupConfig config;
    private final DocTable docs;
    private final Families families;
    private final EdgeTable edges;
    private final LongIntMap exact;
    private final ProfileStore profiles;
    private final CandidateFinder finder;
    private final CopyVerifier verifier;
    private final CopyGraph graph;

    private CopyIndex(DedupConfig config, DocTable docs, Families families, EdgeTable edges, LongIntMap exact,
                      ProfileStore profiles, CandidateFinder finder) {
        this.config = config;
        this.docs = docs;
        this.families = families;
        this.edges = edges;
        this.exact = exact;
        this.profiles = profiles;
        this.finder = finder;
        this.verifier = new CopyVerifier(config);
        this.graph = new CopyGraph(docs, families, edges);
    }

    /** An empty index held in memory (profiles on the heap). */
    public static CopyIndex inMemory(DedupConfig config) {
        DocTable docs = new DocTable();
        return new CopyIndex(config, docs, new Families(docs::compareAsOriginal), new EdgeTable(), new LongIntMap(), ProfileStore.onHeap(),
                new SentenceFinder(config.fingerprints(), docs));
    }

    /** An index whose candidates come from {@code finder}, for baselines. */
    static CopyIndex withFinder(DedupConfig config, java.util.function.Function<DocTable, CandidateFinder> finder) {
        DocTable docs = new DocTable();
        return new CopyIndex(config, docs, new Families(docs::compareAsOriginal), new EdgeTable(), new LongIntMap(), ProfileStore.onHeap(),
                finder.apply(docs));
    }

    /**
     * An empty index whose profiles are memory-mapped from {@code folder} (created if missing; an
     * index already there is an error), for indexes too large for the heap.
     */
    public static CopyIndex create(DedupConfig config, Path folder) throws IOException {
        Files.createDirectories(folder);
        if (Files.exists(folder.resolve(SETTINGS_FILE))) {
            throw new IOException(folder + " already holds an index; open it instead");
        }
        Files.deleteIfExists(folder.resolve(PROFILE_FILE));
        DocTable docs = new DocTable();
        return new CopyIndex(config, docs, new Families(docs::compareAsOriginal), new EdgeTable(), new LongIntMap(),
                ProfileStore.mapped(folder.resolve(PROFILE_FILE), 0), new SentenceFinder(config.fingerprints(), docs));
    }

    /** Opens the index saved in {@code folder}, with the settings it was built with. */
    public static CopyIndex open(Path folder) throws IOException {
        IndexSettings.Saved saved = IndexSettings.read(folder.resolve(SETTINGS_FILE));
        if (saved.format() != FORMAT) {
            throw new IOException(folder + " holds an index of format " + saved.format() + "; this version reads " + FORMAT);
        }
        DedupConfig config = saved.config();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(folder.resolve(INDEX_FILE)), 1 << 16))) {
            DocTable docs = DocTable.read(in);
            Families families = Families.read(in, docs::compareAsOriginal);
            EdgeTable edges = EdgeTable.read(in);
            LongIntMap exact = LongIntMap.read(in);
            SentenceFinder finder = SentenceFinder.read(config.fingerprints(), docs, in);
            ProfileStore profiles = ProfileStore.mapped(folder.resolve(PROFILE_FILE), saved.profileBytes());
            return new CopyIndex(config, docs, families, edges, exact, profiles, finder);
        }
    }

    /** Whether {@code folder} holds a saved index. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(SETTINGS_FILE));
    }

    /** The settings this index was built with. */
    public DedupConfig config() {
        return config;
    }

    /** The number of articles indexed. */
    public int size() {
        return docs.size();
    }

    /** Whether an article with this id is indexed. */
    public boolean contains(String id) {
        return docs.find(id) >= 0;
    }

    /**
     * Adds a batch of articles, compares each with everything indexed before it, and returns the
     * groups that changed. An article whose id is already indexed is skipped.
     */
    public IndexChanges add(List<Article> batch) {
        Batch changes = new Batch();
        Set<String> seen = new HashSet<>();
        // Articles are scanned a slice ahead on another thread while this one inserts the slice
        // before: scanning is independent per article, inserting must be in order. The first slice
        // is scanned here, so that a small batch (a pair to verify, a store's batch) starts no
        // task: on two cores the common pool has one thread and CompletableFuture starts a new
        // thread per task, which cost more than the scan itself when a runner verifies millions
        // of pairs.
        List<CopyIndexEntry> prepared = scan(batch, 0);
        for (int from = 0; from < batch.size(); from += SLICE) {
            CompletableFuture<List<CopyIndexEntry>> next = from + SLICE < batch.size() ? slice(batch, from + SLICE) : null;
            for (CopyIndexEntry p : prepared) {
                String id = p.article().id();
                if (docs.find(id) >= 0 || !seen.add(id)) {
                    changes.skipped.add(id);
                    continue;
                }
                insert(p, changes);
                changes.added.add(id);
            }
            prepared = next == null ? List.of() : next.join();
        }
        return changes.result();
    }

    /** Scans the articles {@code from} to {@code from + SLICE} of the batch, on the common pool. */
    private CompletableFuture<List<CopyIndexEntry>> slice(List<Article> batch, int from) {
        return CompletableFuture.supplyAsync(() -> scan(batch, from));
    }

    /** Scans the articles {@code from} to {@code from + SLICE} of the batch, on this thread. */
    private List<CopyIndexEntry> scan(List<Article> batch, int from) {
        return batch.subList(from, Math.min(batch.size(), from + SLICE)).stream().map(this::prepare).toList();
    }

    /** Every group of the index, largest first; links carry no edits (the index keeps no texts). */
    public List<DuplicateGroup> groups() {
        return graph.all();
    }

    /** The index's size and memory. */
    public IndexStats stats() {
        SentenceFinder sentences = finder instanceof SentenceFinder s ? s : null;
        long heap = docs.heapBytes() + families.heapBytes() + edges.heapBytes() + exact.heapBytes()
                + finder.heapBytes() + profiles.heapBytes();
        return new IndexStats(docs.size(), sentences == null ? 0 : sentences.keyCount(),
                sentences == null ? 0 : sentences.postingCount(), edges.size(), heap, profiles.size());
    }

    /**
     * Saves the index to {@code folder} (created if missing): the profiles, then the tables, then
     * the settings, each file replaced whole, so that an interrupted save leaves the previous one
     * readable.
     */
    public void save(Path folder) throws IOException {
        if (!(finder instanceof SentenceFinder sentences)) {
            throw new UnsupportedOperationException("only the sentence-fingerprint index can be saved");
        }
        Files.createDirectories(folder);
        profiles.save(folder.resolve(PROFILE_FILE));
        Path tmp = folder.resolve(INDEX_FILE + ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            docs.write(out);
            families.write(out);
            edges.write(out);
            exact.write(out);
            sentences.write(out);
        }
        Files.move(tmp, folder.resolve(INDEX_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        IndexSettings.write(folder.resolve(SETTINGS_FILE), new IndexSettings.Saved(FORMAT, config, profiles.size()));
    }

    @Override
    public void close() throws IOException {
        profiles.close();
    }

    private CopyIndexEntry prepare(Article article) {
        TextScan scan = TextScan.of(article.text(), config.fingerprints().maxSentences());
        Profile profile = scan.totalTokens() == 0 ? null : Profile.of(scan);
        CopyIndexEntry p = new CopyIndexEntry(article, scan.exactHash(), scan.totalTokens(), scan.sentences(), profile,
                new long[0], new int[0], 0);
        return scan.totalTokens() == 0 ? p : finder.keys(scan, p);
    }

    /** Adds one prepared article as the next document. */
    private void insert(CopyIndexEntry p, Batch changes) {
        Article a = p.article();
        int doc = docs.add(a.id(), a.published(), a.credit() != null, p.words(), p.sentences());
        families.add(doc, p.words());
        if (p.words() == 0) {
            return;
        }
        int first = exact.putIfAbsent(p.exactHash(), doc);
        if (first >= 0) {
            int named = docs.bestOfClass(first);
            if (docs.addExactCopy(doc, first)) {
                changes.renamed(first, docs.id(named));
                reconsider(first, changes);
            }
            join(doc, first, changes);
            return;
        }
        docs.setProfile(doc, profiles.append(p.profile()));
        docs.setKeyedSentences(doc, p.keyedSentences());

        int[] candidates = finder.candidates(p, config.fingerprints().maxCandidates(), families);
        for (int x : candidates) {
            CopyVerifier.Verdict v = verifier.verify(p.profile(), profiles.read(docs.profile(x)));
            if (!v.copies()) {
                continue;
            }
            changes.touch(doc, graph);
            changes.touch(x, graph);
            CopyVerifier.Evidence mine = v.leftCopiesRight();
            CopyVerifier.Evidence theirs = v.rightCopiesLeft();
            boolean near = CopyGraph.nearCopy(docs, doc, mine.kind(), mine.share(), x, theirs.kind(), theirs.share());
            edges.add(doc, x, mine.kind(), (float) mine.share(), mine.copiedSentences(),
                    theirs.kind(), (float) theirs.share(), theirs.copiedSentences(), near);
            if (near) {
                join(doc, x, changes);
            }
        }
        // A sentence already posted by the family need not be posted again: later copies find the
        // family through it. A partial relation does not count: a later article that reprints the
        // same sentences must still find the article they come from, not only an earlier reuse.
        int own = families.find(doc);
        finder.index(p, doc, y -> families.find(y) == own);
        changes.families.add(doc);
    }

    /**
     * Decides again whether the relations of the text first printed by {@code first} are near
     * copies, now that an earlier or credited printing of that text has arrived: a reprint
     * verified against a later exact copy looked, by its date, like the story's original.
     */
    private void reconsider(int first, Batch changes) {
        edges.forEachEdge(first, e -> {
            int other = edges.other(e, first);
            if (!edges.near(e) && CopyGraph.nearCopy(docs, first, edges.kindFrom(e, first), edges.shareFrom(e, first),
                    other, edges.kindFrom(e, other), edges.shareFrom(e, other))) {
                changes.touch(first, graph);
                changes.touch(other, graph);
                edges.setNear(e);
                join(first, other, changes);
            }
        });
    }

    /**
     * Joins two families. A partial relation between them stops counting (it is now within one
     * family), so both ends of every edge between them are noted; such an edge has an end in the
     * smaller family, so only that family is walked, which keeps a run of 100,000 exact copies
     * linear.
     */
    private void join(int a, int b, Batch changes) {
        int ra = families.find(a);
        int rb = families.find(b);
        if (ra != rb) {
            int small = families.size(ra) <= families.size(rb) ? ra : rb;
            int large = small == ra ? rb : ra;
            families.forEachMember(small, m -> edges.forEachEdge(m, e -> {
                int other = edges.other(e, m);
                if (families.find(other) == large) {
                    changes.touch(m, graph);
                    changes.touch(other, graph);
                }
            }));
            families.union(a, b);
        }
        changes.families.add(a);
    }

    /** What one call of {@link #add} changes, gathered as it goes. */
    private final class Batch {
        final List<String> added = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final Set<Integer> families = new LinkedHashSet<>();
        /** Documents whose partial source may change, with the source they had before the batch. */
        final Map<Integer, Integer> oldSource = new HashMap<>();

        /** Sources whose partial group is now named after another printing, with the old name. */
        final Map<Integer, String> oldNames = new HashMap<>();

        void touch(int doc, CopyGraph g) {
            oldSource.computeIfAbsent(doc, g::partialSource);
        }

        void renamed(int source, String oldName) {
            oldNames.putIfAbsent(source, oldName);
        }

        IndexChanges result() {
            List<DuplicateGroup> groups = new ArrayList<>();
            Set<Integer> roots = new HashSet<>();
            for (int d : families) {
                int root = CopyIndex.this.families.find(d);
                if (roots.add(root)) {
                    DuplicateGroup g = graph.family(root);
                    if (g != null) {
                        groups.add(g);
                    }
                }
            }
            Set<Integer> hadGroup = new HashSet<>();
            Set<Integer> sources = new LinkedHashSet<>();
            oldSource.forEach((doc, old) -> {
                if (old >= 0) {
                    hadGroup.add(old);
                    sources.add(old);
                }
                int now = graph.partialSource(doc);
                if (now >= 0) {
                    sources.add(now);
                }
            });
            sources.addAll(oldNames.keySet());
            List<String> retired = new ArrayList<>();
            for (int source : sources) {
                List<Integer> copies = new ArrayList<>();
                edges.forEachEdge(source, e -> {
                    int other = edges.other(e, source);
                    if (!copies.contains(other) && graph.partialSource(other) == source) {
                        copies.add(other);
                    }
                });
                String name = docs.id(docs.bestOfClass(source));
                String oldName = oldNames.getOrDefault(source, name);
                boolean had = hadGroup.contains(source) || !copies.isEmpty() && oldNames.containsKey(source);
                if (had && (copies.isEmpty() || !oldName.equals(name))) {
                    retired.add(oldName);
                }
                if (!copies.isEmpty()) {
                    copies.sort(Integer::compare);
                    groups.add(graph.partialGroup(source, copies));
                }
            }
            groups.sort(CopyGraph.ORDER);
            return new IndexChanges(added, skipped, groups, retired);
        }
    }
}
