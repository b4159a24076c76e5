package org.storyfold.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.storyfold.Outcome;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.extract.Article;
import org.storyfold.extract.RecurringParagraphRemover;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.InputFile;
import org.storyfold.ingest.RawDocument;
import org.storyfold.text.LanguageGuesser;

/**
 * One ingest: reads the input files document by document and stores them a batch at a time,
 * skipping documents already stored. Only the placing of a batch holds the store's ingest lock:
 * extraction and cleaning come before it, the briefs of the stories it changed after it (each
 * story's once, after the last batch that changed it: at the end of the ingest, or later when the
 * caller lets them wait), so a long analysis never keeps other ingests waiting. After each batch's
 * transaction the batch counts as done on the progress bar; an ingest stopped at any point and run
 * again finishes the job (a story whose brief was cut short is briefed again when the store next
 * opens). Used by one thread; any number of ingests may run at once.
 */
final class Ingestion {

    /** The store's side of an ingest: what runs under its ingest lock. */
    interface Placing {
        <T> T locked(Work<T> work) throws IOException;
    }

    /** Work with the batch placer, under the ingest lock. */
    @FunctionalInterface
    interface Work<T> {
        T run(BatchPlacer placer) throws IOException;
    }

    /** The most articles the backlog's waiting briefs may hold before they are written. */
    private static final long MAX_HELD_MEMBERS = 10_000;

    /** The search index is committed at least this often (it is replayed from the store after a crash). */
    private static final long INDEX_COMMIT_NANOS = 5_000_000_000L;

    private final Database db;
    private final Storyfold storyfold;
    private final FileIngester files;
    private final Placing placing;
    private final BriefBacklog backlog;
    private final BriefWriter briefs;
    /** How long the briefs due may wait after this ingest, for later ingests to change their stories again. */
    private final long briefsMayWaitNanos;
    private final LanguageGuesser languages;
    private final StoreConfig config;
    private final Consumer<Problem> problems;
    private final Progress progress;

    private final List<RawDocument> pending = new ArrayList<>();
    /** The watched arrival each pending document came as, by document id; empty for files. */
    private final Map<String, Arrival> arrivals = new HashMap<>();
    private final Map<String, String> storedUrls = new LinkedHashMap<>();
    private final Set<String> revisedUrls = new LinkedHashSet<>();
    private final Set<String> unchangedUrls = new LinkedHashSet<>();
    /** The revision number a watched address gets in this ingest, by address (1 when absent). */
    private final Map<String, Integer> revisionOfUrl = new HashMap<>();
    private final List<String> added = new ArrayList<>();
    private final Set<String> stories = new LinkedHashSet<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private long documents;
    private long alreadyStored;
    private long rejected;
    private long batches;
    private long lastIndexCommit = System.nanoTime();
    /** Told the ids of each batch's articles once its transaction is committed. */
    private Consumer<List<String>> committed = ids -> { };

    /**
     * @param briefsMayWait how long the briefs due may be left in the backlog after this ingest
     *                      (zero: all are written before it returns)
     */
    Ingestion(Database db, Storyfold storyfold, FileIngester files, Placing placing, BriefBacklog backlog,
              BriefWriter briefs, java.time.Duration briefsMayWait, LanguageGuesser languages, StoreConfig config,
              Consumer<Problem> problems, Progress progress) {
        this.db = db;
        this.storyfold = storyfold;
        this.files = files;
        this.placing = placing;
        this.backlog = backlog;
        this.briefs = briefs;
        this.briefsMayWaitNanos = briefsMayWait.toNanos();
        this.languages = languages;
        this.config = config;
        this.problems = problems;
        this.progress = progress;
    }

    /**
     * Tells {@code listener} the ids of each batch's articles as soon as its transaction is
     * committed, so that a caller whose ingest fails part way knows exactly what it stored.
     */
    Ingestion tellCommitted(Consumer<List<String>> listener) {
        this.committed = listener;
        return this;
    }

    IngestReport run(List<InputFile> inputs) throws IOException {
        progress.start("ingest", FileIngester.countDocuments(inputs));
        for (InputFile file : inputs) {
            files.read(file, this::accept);
        }
        return finish();
    }

    /** Stores fetched documents; a known address is stored again only as a revision whose text changed. */
    ArrivalReport runArrivals(List<Arrival> fetched) throws IOException {
        progress.start("ingest", fetched.size());
        Set<String> urls = new HashSet<>();
        for (Arrival a : fetched) {
            // One address once per ingest: two feeds announcing the same page store it once.
            if (!urls.add(a.url()) || arrivals.containsKey(a.document().id())) {
                alreadyStored++;
                continue;
            }
            arrivals.put(a.document().id(), a);
            accept(Outcome.ok(a.document()));
        }
        IngestReport report = finish();
        return new ArrivalReport(report, storedUrls, revisedUrls, unchangedUrls);
    }

    private IngestReport finish() throws IOException {
        flush();
        if (backlog.oldestWait() >= briefsMayWaitNanos || backlog.members() > MAX_HELD_MEMBERS) {
            briefs.write(backlog.takeAll(), problems);
        }
        if (batches > 0) {
            placing.locked(BatchPlacer::commitIndex);
        }
        progress.finish();
        Set<String> now = new LinkedHashSet<>();
        for (String s : stories) {
            String target = s;
            while (mergedInto.containsKey(target)) {
                target = mergedInto.get(target);
            }
            now.add(target);
        }
        return new IngestReport(documents, added, alreadyStored, rejected, now, batches);
    }

    private void accept(Outcome<RawDocument> outcome) {
        documents++;
        if (outcome instanceof Outcome.Rejected<RawDocument> r) {
            rejected++;
            problems.accept(r.problem());
            progress.advance(1);
            return;
        }
        pending.add(((Outcome.Ok<RawDocument>) outcome).value());
        if (pending.size() >= config.batchSize()) {
            try {
                flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<RawDocument> raws = new ArrayList<>(pending);
        pending.clear();

        // 1. Documents stored before (or twice in this batch) are skipped: ingest is idempotent.
        Map<String, RawDocument> byFingerprint = new LinkedHashMap<>();
        for (RawDocument d : raws) {
            if (byFingerprint.putIfAbsent(Fingerprint.of(d), d) != null) {
                alreadyStored++;
            }
        }
        Map<String, Arrival> arrivalByPrint = new HashMap<>();
        byFingerprint.forEach((print, d) -> {
            Arrival a = arrivals.get(d.id());
            if (a != null) {
                arrivalByPrint.put(print, a);
            }
        });
        Set<String> stored = db.read(c -> ArticleTable.storedFingerprints(c, byFingerprint.keySet()));
        alreadyStored += stored.size();
        // A fetched page stored before as it is: its new entry is recorded, so it is not fetched again.
        for (String print : stored) {
            Arrival a = arrivalByPrint.get(print);
            if (a != null) {
                unchangedUrls.add(a.url());
                db.transaction(c -> {
                    WatchLedger.unchanged(c, a);
                    return null;
                });
            }
        }
        byFingerprint.keySet().removeAll(stored);

        // 2. Extraction, documents in parallel; then the batch's corpus-aware furniture, as a one-off
        // run takes it out of its whole input; then each article's language, for the search filter.
        List<String> prints = new ArrayList<>(byFingerprint.keySet());
        List<Outcome<Article>> outcomes = prints.parallelStream()
                .map(f -> storyfold.extract(byFingerprint.get(f))).toList();
        List<Article> extracted = new ArrayList<>();
        List<String> extractedPrints = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof Outcome.Ok<Article> ok) {
                extracted.add(ok.value());
                extractedPrints.add(prints.get(i));
            } else if (outcomes.get(i) instanceof Outcome.Rejected<Article> r) {
                rejected++;
                problems.accept(r.problem());
            }
        }
        // 2b. A watched page already stored is kept again only if its text changed: as its next revision.
        if (!arrivals.isEmpty()) {
            revisions(extracted, extractedPrints);
        }
        // The stored printers of the batch's paragraphs count as printers, and paragraphs found
        // furniture before go, so the rule sees across batches as one batch of them all would.
        Set<Long> hashes = FurnitureMemory.hashes(extracted);
        List<Article> earlier = db.read(c -> FurnitureMemory.printers(c, hashes));
        Set<Long> knownFurniture = db.read(c -> FurnitureMemory.furniture(c, hashes));
        RecurringParagraphRemover.Cleaned clean = storyfold.cleanBatch(extracted, earlier, knownFurniture::contains);
        List<Outcome<Article>> cleaned = clean.batch();
        List<Article> fresh = new ArrayList<>(cleaned.size());
        List<String> freshPrints = new ArrayList<>(cleaned.size());
        for (int i = 0; i < cleaned.size(); i++) {
            if (cleaned.get(i) instanceof Outcome.Ok<Article> ok) {
                fresh.add(ok.value());
                freshPrints.add(extractedPrints.get(i));
            } else if (cleaned.get(i) instanceof Outcome.Rejected<Article> r) {
                rejected++;
                problems.accept(r.problem());
            }
        }
        List<String> guessed = fresh.parallelStream()
                .map(a -> a.language() != null ? a.language() : languages.guess(a.text())).toList();

        // 3. Under the lock: what another ingest stored meanwhile is skipped, ids already taken get a
        // suffix as in a one-off run, and the batch is placed and stored in one transaction.
        BatchPlacer.Placed placed = fresh.isEmpty() ? null : placing.locked(placer -> {
            Set<String> storedMeanwhile = db.readForWrite(c -> ArticleTable.storedFingerprints(c, freshPrints));
            List<Article> kept = new ArrayList<>();
            List<String> keptPrints = new ArrayList<>();
            Map<String, String> keptLanguages = new HashMap<>();
            List<String> keptGuesses = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                if (storedMeanwhile.contains(freshPrints.get(i))) {
                    alreadyStored++;
                } else {
                    kept.add(fresh.get(i));
                    keptPrints.add(freshPrints.get(i));
                    keptGuesses.add(guessed.get(i));
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            List<Article> named = uniqueIds(kept);
            Map<String, String> fingerprintOf = new HashMap<>();
            for (int i = 0; i < named.size(); i++) {
                fingerprintOf.put(named.get(i).id(), keptPrints.get(i));
                keptLanguages.put(named.get(i).id(), keptGuesses.get(i));
            }
            List<Arrival> watched = new ArrayList<>();
            Map<String, String> articleOf = new HashMap<>();
            Map<String, Integer> revisionOf = new HashMap<>();
            for (Article a : named) {
                Arrival arrival = arrivalByPrint.get(fingerprintOf.get(a.id()));
                if (arrival != null) {
                    watched.add(arrival);
                    articleOf.put(arrival.url(), a.id());
                    revisionOf.put(arrival.url(), revisionOfUrl.getOrDefault(arrival.url(), 1));
                }
            }
            BatchPlacer.Placed p;
            try {
                p = placer.place(named, fingerprintOf, keptLanguages,
                        c -> {
                            WatchLedger.stored(c, watched, articleOf, revisionOf);
                            FurnitureMemory.remember(c, named, clean.furniture());
                        });
            } catch (IOException | RuntimeException | Error e) {
                // A failure after the commit (the batch is stored whole or not at all) still stored it.
                try {
                    if (!db.readForWrite(c -> ArticleTable.storedFingerprints(c, keptPrints.subList(0, 1))).isEmpty()) {
                        stored(named);
                    }
                } catch (RuntimeException | Error again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            storedUrls.putAll(articleOf);
            stored(named);
            return p;
        });

        // 4. The briefs of the stories the batch changed wait in the backlog: a story that the next
        // batches change again is briefed once, from the last (at the end of the ingest, or sooner
        // when the backlog holds too many articles).
        if (placed != null) {
            batches++;
            stories.addAll(placed.changedStories());
            mergedInto.putAll(placed.mergedInto());
            backlog.add(placed);
            if (backlog.members() > MAX_HELD_MEMBERS) {
                briefs.write(backlog.takeAll(), problems);
            }
            boolean commit = System.nanoTime() - lastIndexCommit > INDEX_COMMIT_NANOS;
            placing.locked(placer -> {
                if (commit) {
                    placer.commitIndex();
                }
                placer.snapshotIfDue();
                return null;
            });
            if (commit) {
                lastIndexCommit = System.nanoTime();
            }
        }
        progress.advance(raws.size());
    }

    private void stored(List<Article> batch) {
        List<String> ids = batch.stream().map(Article::id).toList();
        added.addAll(ids);
        committed.accept(ids);
    }

    /**
     * Articles of watched addresses stored before: dropped if their text is the stored revision's
     * (the address is marked seen with its new entry), else renamed {@code id~rN}, the next revision.
     */
    private void revisions(List<Article> extracted, List<String> prints) {
        Map<String, Article> byUrl = new HashMap<>();
        for (Article a : extracted) {
            Arrival arrival = arrivals.get(a.id());
            if (arrival != null) {
                byUrl.put(arrival.url(), a);
            }
        }
        Map<String, WatchedItem> known = new HashMap<>();
        new WatchLedger(db, new java.util.concurrent.locks.ReentrantLock()).items(byUrl.keySet()).forEach((url, item) -> {
            if (item.article() != null) {
                known.put(url, item);
            }
        });
        if (known.isEmpty()) {
            return;
        }
        Map<String, ArticleTable.Row> previous = db.readForWrite(c -> ArticleTable.byId(c,
                known.values().stream().map(WatchedItem::article).toList()));
        for (int i = extracted.size() - 1; i >= 0; i--) {
            Article a = extracted.get(i);
            Arrival arrival = arrivals.get(a.id());
            WatchedItem item = arrival == null ? null : known.get(arrival.url());
            if (item == null) {
                continue;
            }
            ArticleTable.Row before = previous.get(item.article());
            if (before != null && sameText(before.article().text(), a.text())) {
                extracted.remove(i);
                prints.remove(i);
                unchangedUrls.add(arrival.url());
                alreadyStored++;
                db.transaction(c -> {
                    WatchLedger.unchanged(c, arrival);
                    return null;
                });
            } else {
                extracted.set(i, a.withId(baseId(item.article()) + "~r" + (item.revisions() + 1)));
                revisionOfUrl.put(arrival.url(), item.revisions() + 1);
                revisedUrls.add(arrival.url());
            }
        }
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equals(b.replaceAll("\\s+", " ").strip());
    }

    /** A revision's id without its {@code ~rN}. */
    private static String baseId(String id) {
        int at = id.lastIndexOf("~r");
        return at > 0 && id.substring(at + 2).chars().allMatch(Character::isDigit) && at + 2 < id.length()
                ? id.substring(0, at) : id;
    }

    /** The articles in the same order, those whose id is taken renamed {@code id~2}, {@code id~3}, ... */
    private List<Article> uniqueIds(List<Article> fresh) {
        Set<String> wanted = new HashSet<>();
        fresh.forEach(a -> wanted.add(a.id()));
        Set<String> taken = new HashSet<>(db.readForWrite(c -> ArticleTable.takenIds(c, wanted)));
        List<Article> out = new ArrayList<>(fresh.size());
        Set<String> inBatch = new HashSet<>();
        for (Article a : fresh) {
            if (!taken.contains(a.id()) && inBatch.add(a.id())) {
                out.add(a);
                continue;
            }
            int n = 2;
            while (isTaken(a.id() + "~" + n, inBatch)) {
                n++;
            }
            String id = a.id() + "~" + n;
            inBatch.add(id);
            problems.accept(new Problem(a.source(), "id \"" + a.id() + "\" is already used by another article;"
                    + " this article is \"" + id + "\""));
            out.add(a.withId(id));
        }
        return out;
    }

    private boolean isTaken(String id, Set<String> inBatch) {
        return inBatch.contains(id) || !db.readForWrite(c -> ArticleTable.takenIds(c, List.of(id))).isEmpty();
    }
}
