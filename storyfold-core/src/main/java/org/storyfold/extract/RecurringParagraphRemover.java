package org.storyfold.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.function.ToIntFunction;
import org.storyfold.Outcome;
import org.storyfold.text.Sentence;
import org.storyfold.text.SentenceSplitter;
import org.storyfold.text.TextHash;
import org.storyfold.text.SparseVectors;

/**
 * Corpus-level furniture removal, a step over the whole batch after extraction: a paragraph that
 * at least {@link #MIN_UNRELATED} articles print while the rest of their text is unrelated (a
 * crawler's notice, a video player's message, a site's standing line, whatever the outlet) is
 * furniture, and is taken out of every article that prints it, with the reason
 * {@code recurs across unrelated articles}. Articles whose other text is related (wire reprints,
 * copies, two stories on one event) count as one, so the paragraphs that copies share, and a
 * statement that several stories on one event quote, stay. A page that prints nothing but a
 * paragraph found elsewhere shares nothing else with the other pages, so a notice printed alone
 * by many pages is furniture too; but printings of one whole text under one headline count as one,
 * so that a one-paragraph wire story reprinted word for word stays. An article left with too little prose is rejected with the
 * reason ({@link ArticleProse}). Returns new values in the input's order; thread-safe.
 */
public final class RecurringParagraphRemover {

    /** A paragraph is furniture when this many articles print it whose other texts are unrelated two by two. */
    public static final int MIN_UNRELATED = 3;
    /**
     * Two articles are unrelated when the cosine of the TF-IDF vectors of their other paragraphs
     * is below this: stories on one event score well above it, stories on different events below.
     */
    static final double RELATED_COSINE = 0.1;

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The articles in the same order, each cleaned, or rejected when no article is left. */
    public List<Outcome<Article>> clean(List<Article> articles) {
        return clean(articles, List.of(), hash -> false).batch();
    }

    /**
     * What cleaning a batch beside earlier articles found: the batch's articles and the earlier
     * ones, each in its order, cleaned or rejected, and the {@link #hash hashes} of the furniture
     * paragraphs' keys.
     */
    public record Cleaned(List<Outcome<Article>> batch, List<Outcome<Article>> earlier, Set<Long> furniture) {
    }

    /**
     * The same rule for a batch that comes after others (a store fed in batches): {@code earlier}
     * are articles kept before that print some of the batch's paragraphs, counted as printers as if
     * they were in the batch, so the third unrelated printer of a notice finds it furniture as one
     * batch of all three would; and a paragraph whose hash {@code knownFurniture} accepts was found
     * furniture before (by printers since rejected) and is taken out as the batch's own furniture.
     */
    public Cleaned clean(List<Article> articles, List<Article> earlier, LongPredicate knownFurniture) {
        List<Article> all = new ArrayList<>(articles);
        all.addAll(earlier);
        List<String[]> paragraphs = all.stream().map(RecurringParagraphRemover::paragraphs).toList();
        List<String[]> keys = paragraphs.stream().map(RecurringParagraphRemover::keys).toList();
        Set<String> furniture = new HashSet<>(furniture(all, paragraphs, keys, TermWeights.of(paragraphs)));
        for (String[] k : keys.subList(0, articles.size())) {
            for (String key : k) {
                if (!key.isEmpty() && knownFurniture.test(hash(key))) {
                    furniture.add(key);
                }
            }
        }
        List<Outcome<Article>> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            out.add(without(all.get(i), paragraphs.get(i), keys.get(i), furniture));
        }
        Set<Long> hashes = new HashSet<>();
        furniture.forEach(key -> hashes.add(hash(key)));
        return new Cleaned(out.subList(0, articles.size()), out.subList(articles.size(), all.size()), hashes);
    }

    /** The {@link #hash hashes} of an article's paragraph {@link #keys(Article) keys}: what a memory of printers is keyed by. */
    public static Set<Long> paragraphHashes(Article article) {
        Set<Long> hashes = new HashSet<>();
        keys(article).forEach(key -> hashes.add(hash(key)));
        return hashes;
    }

    /**
     * The same rule over part of a larger batch, for a runner that splits the batch (Spark): the
     * furniture paragraphs' {@link #keys}, to take out of every article of the batch that prints
     * them ({@link #without}). {@code articles} must hold every article of the batch that prints a
     * paragraph keyed alike by three or more of its articles, in batch order, and
     * {@code documentFrequency} count the batch's {@link #terms} over its {@code documents} articles;
     * the result is then the furniture {@link #clean(List)} takes out of the whole batch.
     */
    public Set<String> furniture(List<Article> articles, ToIntFunction<String> documentFrequency, int documents) {
        List<String[]> paragraphs = articles.stream().map(RecurringParagraphRemover::paragraphs).toList();
        return furniture(articles, paragraphs, paragraphs.stream().map(RecurringParagraphRemover::keys).toList(),
                new TermWeights(documentFrequency, documents, paragraphs));
    }

    /** The article without the paragraphs whose {@link #keys key} is {@code furniture}, or rejected when too little is left. */
    public Outcome<Article> without(Article a, Set<String> furniture) {
        String[] paragraphs = paragraphs(a);
        return without(a, paragraphs, keys(paragraphs), furniture);
    }

    /** The identities of an article's paragraphs, each once, none empty: what recurs across articles. */
    public static Set<String> keys(Article article) {
        Set<String> keys = new HashSet<>(Arrays.asList(keys(paragraphs(article))));
        keys.remove("");
        return keys;
    }

    /** The distinct words an article contributes to the batch's document frequencies. */
    public static Set<String> terms(Article article) {
        return TermWeights.terms(paragraphs(article));
    }

    private static String[] paragraphs(Article a) {
        return a.text().split("\n\n");
    }

    private static Set<String> furniture(List<Article> articles, List<String[]> paragraphs, List<String[]> keys,
                                         TermWeights weights) {
        Map<String, List<Integer>> printers = recurring(keys);
        return printers.isEmpty() ? Set.of() : furniture(paragraphs, keys, titles(articles), printers, weights);
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(a -> a.title() == null ? "" : BlockCleaner.key(a.title())).toList();
    }

    /** Each paragraph's identity: its letters and digits, lower-cased (empty for a paragraph of neither). */
    private static String[] keys(String[] paragraphs) {
        String[] keys = new String[paragraphs.length];
        for (int i = 0; i < paragraphs.length; i++) {
            keys[i] = BlockCleaner.key(paragraphs[i]);
        }
        return keys;
    }

    /** The paragraphs printed by at least MIN_UNRELATED articles, each with its printers in input order. */
    private static Map<String, List<Integer>> recurring(List<String[]> keys) {
        // Counted by hash first, so that a large batch keeps only the few recurring texts.
        long[] hashes = keys.stream().flatMapToLong(k -> Arrays.stream(k).distinct().filter(s -> !s.isEmpty())
                .mapToLong(RecurringParagraphRemover::hash)).sorted().toArray();
        Set<Long> frequent = new HashSet<>();
        for (int i = 0; i < hashes.length; ) {
            int j = i;
            while (j < hashes.length && hashes[j] == hashes[i]) {
                j++;
            }
            if (j - i >= MIN_UNRELATED) {
                frequent.add(hashes[i]);
            }
            i = j;
        }
        Map<String, List<Integer>> printers = new TreeMap<>();
        if (frequent.isEmpty()) {
            return printers;
        }
        for (int a = 0; a < keys.size(); a++) {
            for (String k : new HashSet<>(Arrays.asList(keys.get(a)))) {
                if (!k.isEmpty() && frequent.contains(hash(k))) {
                    printers.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
                }
            }
        }
        printers.values().removeIf(p -> p.size() < MIN_UNRELATED);
        return printers;
    }

    /**
     * The recurring paragraphs that MIN_UNRELATED printers with unrelated other text share. The
     * printers are taken in an order fixed by their words, each kept if unrelated to all kept so far.
     */
    private static Set<String> furniture(List<String[]> paragraphs, List<String[]> keys, List<String> titles,
                                         Map<String, List<Integer>> printers, TermWeights weights) {
        Set<String> furniture = new HashSet<>();
        printers.forEach((key, who) -> {
            List<Integer> order = new ArrayList<>(who);
            order.sort((x, y) -> Long.compare(weights.contentHash(x), weights.contentHash(y)) != 0
                    ? Long.compare(weights.contentHash(x), weights.contentHash(y)) : Integer.compare(x, y));
            List<Map<String, Double>> unrelated = new ArrayList<>();
            Set<String> printings = new HashSet<>();
            for (int a : order) {
                // Printings of one text under one headline (a short wire story reprinted word for
                // word) are one printer; pages of different titles that print one notice each count.
                if (!titles.get(a).isEmpty() && !printings.add(weights.contentHash(a) + " " + titles.get(a))) {
                    continue;
                }
                Map<String, Double> rest = weights.vector(paragraphs.get(a), keys.get(a), key);
                if (unrelated.stream().allMatch(u -> SparseVectors.dot(u, rest) < RELATED_COSINE)) {
                    unrelated.add(rest);
                    if (unrelated.size() >= MIN_UNRELATED) {
                        furniture.add(key);
                        return;
                    }
                }
            }
        });
        return furniture;
    }

    private Outcome<Article> without(Article a, String[] paragraphs, String[] keys, Set<String> furniture) {
        List<String> kept = new ArrayList<>();
        List<RemovedLine> removed = new ArrayList<>(a.removed());
        for (int i = 0; i < paragraphs.length; i++) {
            if (furniture.contains(keys[i])) {
                removed.add(new RemovedLine(paragraphs[i], Furniture.RECURRING));
            } else {
                kept.add(paragraphs[i]);
            }
        }
        if (kept.size() == paragraphs.length) {
            return Outcome.ok(a);
        }
        if (kept.isEmpty()) {
            return Outcome.rejected(a.source(), "not an article: every paragraph " + Furniture.RECURRING, a.facts());
        }
        String text = String.join("\n\n", kept);
        List<Sentence> sentences = splitter.split(text);
        Optional<String> notAnArticle = ArticleProse.notAnArticle(sentences);
        if (notAnArticle.isPresent()) {
            return Outcome.rejected(a.source(), notAnArticle.get() + ", once the paragraphs that recur across unrelated articles are out",
                    a.facts());
        }
        return Outcome.ok(new Article(a.id(), a.source(), a.url(), a.title(), a.published(), a.outlet(), a.credit(),
                a.dateline(), text, removed, a.repairs(), sentences, a.modified(), a.authors(), a.language(),
                a.canonical(), a.publishedTime()));
    }

    /** 64-bit FNV-1a of a paragraph's key. */
    public static long hash(String s) {
        return TextHash.fnv1a(s);
    }
}
