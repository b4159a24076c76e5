package org.storyfold.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of articles and stories in one folder: takes their updates, finds articles like a
 * given one, and answers queries and listings a page at a time.
 *
 * <p>Thread-safe: any number of threads may search while one updates; searches see an update once
 * {@link #update} returns, and a crash loses only what was not yet {@link #commit committed}. Opened
 * read-only, it follows the commits another process makes. Close it once, after all use.
 */
public final class SearchIndex implements Closeable {

    /** Passages of a hit shown under it, and the characters of text the highlighter reads. */
    private static final int PASSAGES = 2;
    private static final int HIGHLIGHT_CHARS = 20_000;
    /** The stored fields a hit shows; the text is read by the highlighter alone. */
    private static final Set<String> STORY_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.ARTICLES, Fields.INDEPENDENT,
            Fields.NEWEST);
    private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.OUTLET_NAME,
            Fields.DATE_STORED, Fields.LANGUAGE);
    /** Words of an article that make the query for articles like it. */
    private static final int SIMILARITY_TERMS = 25;

    private final Directory directory;
    private final boolean writable;
    /** Replaced, with the searchers, when {@link #recover} reopens a writer Lucene closed after a failure. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private final Analyzer analyzer = new EnglishAnalyzer();
    /**
     * Updates made, and the count the searchers were last refreshed at: the searchers are refreshed
     * when a search follows updates rather than after each update, since each refresh writes the
     * updates out as a small segment, and small segments cost merges.
     */
    private final java.util.concurrent.atomic.AtomicLong updates = new java.util.concurrent.atomic.AtomicLong();
    private volatile long refreshedAt;
    private final Object refreshing = new Object();

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writable = writer != null;
        this.writer = writer;
        this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    }

    /**
     * Opens the index in {@code folder} for updates, creating it if needed; one process at a time.
     * An index written in another format is emptied (its {@link #sequence} is then 0), for the
     * store to fill again.
     */
    public static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        try {
            boolean current = DirectoryReader.indexExists(dir) && Fields.CURRENT_FORMAT.equals(latestCommitData(dir)
                    .get(Fields.FORMAT));
            IndexWriter writer = newWriter(dir, current);
            if (!current) {
                writer.setLiveCommitData(Map.of(Fields.FORMAT, Fields.CURRENT_FORMAT, Fields.SEQUENCE, "0").entrySet());
                writer.commit();
            }
            return new SearchIndex(dir, writer);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static IndexWriter newWriter(Directory dir, boolean append) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
                .setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        return new IndexWriter(dir, config);
    }

    /**
     * Makes the index writable again after a failed update: if Lucene closed its writer (as it does
     * after running out of memory or a disk error mid-update), reopens one on the last commit, so
     * that the updates since are to be replayed; otherwise changes nothing. Not to be called while
     * another thread updates the index.
     */
    public void recover() throws IOException {
        requireWritable();
        IndexWriter old = writer;
        if (old.isOpen() && old.getTragicException() == null) {
            return;
        }
        try {
            old.close();
        } catch (IOException | RuntimeException e) {
            // A writer closed by a tragic event has nothing left to write.
        }
        IndexWriter fresh = newWriter(directory, true);
        SearcherManager oldSearchers = searchers;
        writer = fresh;
        searchers = new SearcherManager(fresh, null);
        // Searches under way finish on the old readers, which close when released.
        oldSearchers.close();
    }

    /** Opens an existing index to search only, beside a process that updates it. */
    public static SearchIndex openReadOnly(Path folder) throws IOException {
        Directory dir = FSDirectory.open(folder);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new IOException("no search index in " + folder);
        }
        return new SearchIndex(dir, null);
    }

    /** The last store batch this index holds, as its latest commit records it; 0 for none. */
    public long sequence() throws IOException {
        String value = latestCommitData(directory).get(Fields.SEQUENCE);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static Map<String, String> latestCommitData(Directory dir) throws IOException {
        var commits = DirectoryReader.listCommits(dir);
        return commits.get(commits.size() - 1).getUserData();
    }

    /** A searcher and the manager it must be released to (the manager may be replaced meanwhile). */
    private record Lease(SearcherManager manager, IndexSearcher searcher) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            manager.release(searcher);
        }
    }

    private Lease acquire() throws IOException {
        if (!writable) {
            // Read-only: follow the commits of the process that updates the index.
            searchers.maybeRefresh();
        } else {
            refreshIfUpdated();
        }
        SearcherManager m = searchers;
        return new Lease(m, m.acquire());
    }

    /** Makes the updates made so far visible to the searches that follow. */
    private void refreshIfUpdated() throws IOException {
        long seen = updates.get();
        if (refreshedAt >= seen) {
            return;
        }
        synchronized (refreshing) {
            if (refreshedAt < seen) {
                searchers.maybeRefreshBlocking();
                refreshedAt = seen;
            }
        }
    }

    /**
     * Adds or replaces articles and stories and deletes stories, all visible to searches when it
     * returns; durable only after {@link #commit}.
     */
    public void update(Collection<IndexedArticle> articles, Collection<IndexedStory> stories,
                       Collection<String> deletedStories) throws IOException {
        requireWritable();
        for (IndexedArticle a : articles) {
            writer.updateDocument(new Term(Fields.KEY, Fields.key(Fields.ARTICLE, a.id())), Documents.of(a));
        }
        for (IndexedStory s : stories) {
            writer.updateDocument(new Term(Fields.KEY, Fields.key(Fields.STORY, s.id())), Documents.of(s));
        }
        for (String id : deletedStories) {
            writer.deleteDocuments(new Term(Fields.KEY, Fields.key(Fields.STORY, id)));
        }
        updates.incrementAndGet();
    }

    /** Makes every update so far durable, recording {@code sequence} as the last store batch held. */
    public void commit(long sequence) throws IOException {
        requireWritable();
        writer.setLiveCommitData(Map.of(Fields.FORMAT, Fields.CURRENT_FORMAT, Fields.SEQUENCE,
                Long.toString(sequence)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Deletes everything, for a rebuild from the store; durable after {@link #commit}. */
    public void clear() throws IOException {
        requireWritable();
        writer.deleteAll();
        updates.incrementAndGet();
    }

    /** How many articles and how many stories the index holds: {@code [articles, stories]}. */
    public long[] counts() throws IOException {
        try (Lease lease = acquire()) {
            IndexSearcher s = lease.searcher();
            return new long[] {s.count(kind(Fields.ARTICLE)), s.count(kind(Fields.STORY))};
        }
    }

    /**
     * The ids of up to {@code limit} indexed articles whose words are most like {@code title} and
     * {@code text}, most alike first, leaving out {@code exclude}.
     */
    public List<String> similarArticles(String title, String text, int limit, Set<String> exclude) throws IOException {
        try (Lease lease = acquire()) {
            IndexSearcher s = lease.searcher();
            Query query = new BooleanQuery.Builder()
                    .add(likeQuery(title == null ? text : title + "\n" + text), BooleanClause.Occur.MUST)
                    .add(kind(Fields.ARTICLE), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = s.search(query, limit + exclude.size());
            List<String> ids = new ArrayList<>(limit);
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (ScoreDoc hit : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                BinaryDocValues values = DocValues.getBinary(leaf.reader(), Fields.ID);
                if (values.advanceExact(hit.doc - leaf.docBase)) {
                    String id = values.binaryValue().utf8ToString();
                    if (!exclude.contains(id) && ids.size() < limit) {
                        ids.add(id);
                    }
                }
            }
            return ids;
        }
    }

    /**
     * A query for documents like a text: its most frequent words (after the analyzer drops stop
     * words and stems), longer words first among equals, scored by BM25 so that rare words weigh
     * most. Unlike Lucene's MoreLikeThis it looks up no document frequencies to choose the words,
     * which costs a lookup per distinct word per index segment: choosing by frequency alone makes
     * finding neighbours several times cheaper, and the words of a news report that recur are its
     * names and its subject.
     */
    private Query likeQuery(String text) throws IOException {
        Map<String, Integer> freq = new java.util.HashMap<>();
        try (var tokens = analyzer.tokenStream(Fields.TEXT, text)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() > 2) {
                    freq.merge(term.toString(), 1, Integer::sum);
                }
            }
            tokens.end();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        freq.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .limit(SIMILARITY_TERMS)
                .forEach(e -> b.add(new TermQuery(new Term(Fields.TEXT, e.getKey())), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /**
     * Stories that match the query and its filters: by relevance times 1 + 0.5 ln(independent
     * sources), or newest first when the query has no text.
     */
    public ResultPage<StoryHit> stories(SearchQuery q) throws IOException {
        try (Lease lease = acquire()) {
            IndexSearcher s = lease.searcher();
            Query text = textQuery(q);
            Query query = filtered(q, Fields.STORY, text == null ? null
                    : FunctionScoreQuery.boostByValue(text, DoubleValuesSource.fromFloatField(Fields.BOOST)));
            TopDocs top;
            if (text != null) {
                top = search(s, q, query, false);
            } else if (q.after() != null) {
                top = s.searchAfter(ListingCursor.decode(q.order(), q.after(), s.getIndexReader().maxDoc()), query, q.limit(),
                        ListingCursor.sort(q.order()));
            } else {
                top = s.search(query, q.offset() + q.limit(), ListingCursor.sort(q.order()));
            }
            int[] docs = pageDocs(top, q);
            Document[] stored = load(s, docs, STORY_FIELDS, text != null);
            List<Highlight>[] highlights = highlights(s, text, docs, stored);
            List<StoryHit> hits = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                Document d = stored[i];
                hits.add(new StoryHit(d.get(Fields.ID), d.get(Fields.TITLE),
                        d.getField(Fields.ARTICLES).numericValue().intValue(),
                        d.getField(Fields.INDEPENDENT).numericValue().intValue(),
                        d.getField(Fields.NEWEST) == null ? null
                                : LocalDate.ofEpochDay(d.getField(Fields.NEWEST).numericValue().longValue()),
                        score(top.scoreDocs[q.offset() + i]), highlights[i]));
            }
            String next = null;
            if (text == null && docs.length == q.limit()) {
                Document last = stored[docs.length - 1];
                var newest = last.getField(Fields.NEWEST);
                next = ListingCursor.encode(q.order(), last.getField(Fields.INDEPENDENT).numericValue().longValue(),
                        newest == null ? Long.MIN_VALUE : newest.numericValue().longValue(), last.get(Fields.ID));
            }
            return new ResultPage<>(top.totalHits.value, q.offset(), hits, next);
        }
    }

    /** Which of these stories match the query's text and filters (a saved search meeting new stories). */
    public java.util.Set<String> matchingStories(SearchQuery q, java.util.Collection<String> ids) throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (Lease lease = acquire()) {
            IndexSearcher s = lease.searcher();
            List<BytesRef> keys = ids.stream().map(id -> new BytesRef(Fields.key(Fields.STORY, id))).toList();
            Query query = new BooleanQuery.Builder()
                    .add(filtered(q, Fields.STORY, textQuery(q)), BooleanClause.Occur.MUST)
                    .add(new org.apache.lucene.search.TermInSetQuery(Fields.KEY, keys), BooleanClause.Occur.FILTER)
                    .build();
            var stored = s.storedFields();
            for (var hit : s.search(query, ids.size()).scoreDocs) {
                out.add(stored.document(hit.doc).get(Fields.ID));
            }
            return out;
        }
    }

    /** Articles that match the query and its filters, by relevance, or newest first without text. */
    public ResultPage<ArticleHit> articles(SearchQuery q) throws IOException {
        try (Lease lease = acquire()) {
            IndexSearcher s = lease.searcher();
            Query text = textQuery(q);
            TopDocs top = search(s, q, filtered(q, Fields.ARTICLE, text), text == null);
            int[] docs = pageDocs(top, q);
            Document[] stored = load(s, docs, ARTICLE_FIELDS, text != null);
            List<Highlight>[] highlights = highlights(s, text, docs, stored);
            List<ArticleHit> hits = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                Document d = stored[i];
                var date = d.getField(Fields.DATE_STORED);
                hits.add(new ArticleHit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.OUTLET_NAME),
                        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                        d.get(Fields.LANGUAGE), score(top.scoreDocs[q.offset() + i]), highlights[i]));
            }
            return new ResultPage<>(top.totalHits.value, q.offset(), hits);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writable) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    private static TopDocs search(IndexSearcher s, SearchQuery q, Query query, boolean newestFirst)
            throws IOException {
        int n = q.offset() + q.limit();
        if (newestFirst) {
            Sort sort = new Sort(new SortField(Fields.NEWEST, SortField.Type.LONG, true),
                    SortField.FIELD_DOC);
            return s.search(query, n, sort);
        }
        return s.search(query, n);
    }

    private Query textQuery(SearchQuery q) {
        if (q.text() == null) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(q.text());
        // A query of stop words only parses to nothing, and finds nothing.
        return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }

    private static Query filtered(SearchQuery q, String kind, Query scored) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(scored == null ? new MatchAllDocsQuery() : scored, BooleanClause.Occur.MUST);
        b.add(kind(kind), BooleanClause.Occur.FILTER);
        if (q.outlet() != null) {
            b.add(new TermQuery(new Term(Fields.OUTLET, Documents.outletKey(q.outlet()))), BooleanClause.Occur.FILTER);
        }
        if (q.language() != null) {
            b.add(new TermQuery(new Term(Fields.LANGUAGE, Documents.keyword(q.language().toLowerCase(java.util.Locale.ROOT)))),
                    BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The documents of this page of hits. */
    private static int[] pageDocs(TopDocs top, SearchQuery q) {
        int n = Math.max(0, top.scoreDocs.length - q.offset());
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            docs[i] = top.scoreDocs[q.offset() + i].doc;
        }
        return docs;
    }

    /** Each hit's stored fields, with its text when it is to be highlighted: one read per hit. */
    private static Document[] load(IndexSearcher s, int[] docs, Set<String> fields, boolean withText) throws IOException {
        Set<String> wanted = fields;
        if (withText) {
            wanted = new java.util.HashSet<>(fields);
            wanted.add(Fields.TEXT);
        }
        Document[] out = new Document[docs.length];
        var storedFields = s.storedFields();
        for (int i = 0; i < docs.length; i++) {
            out[i] = storedFields.document(docs[i], wanted);
        }
        return out;
    }

    /** The passages of each hit's text that match the query's words; none without words. */
    @SuppressWarnings("unchecked")
    private List<Highlight>[] highlights(IndexSearcher s, Query text, int[] docs, Document[] stored) throws IOException {
        if (text == null || docs.length == 0) {
            List<Highlight>[] none = new List[docs.length];
            java.util.Arrays.fill(none, List.of());
            return none;
        }
        String[] texts = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            texts[i] = stored[i].get(Fields.TEXT);
        }
        return new PassageHighlighter(s, analyzer, HIGHLIGHT_CHARS).passages(Fields.TEXT, text, docs, texts, PASSAGES);
    }

    private static double score(ScoreDoc hit) {
        return Float.isNaN(hit.score) ? 0 : hit.score;
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(Fields.KIND, kind));
    }

    private void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("this search index was opened read-only");
        }
    }
}
