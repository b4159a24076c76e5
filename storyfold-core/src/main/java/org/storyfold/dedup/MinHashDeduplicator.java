package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyfold.extract.Article;
import org.storyfold.text.SentenceAligner;
import org.storyfold.text.WordTokenizer;

/**
 * The dedup stage: exact duplicates by a hash of their words, then near and partial copies among
 * the distinct texts by MinHash LSH candidates, each verified by sentence alignment, then groups.
 * Thread-safe: each call works on its own state.
 */
public final class MinHashDeduplicator implements Deduplicator {

    /** A band bucket past this size is shared boilerplate, not evidence of copying. */
    private static final int MAX_BUCKET = 2000;

    private final DedupConfig config;
    private final MinHasher hasher;
    private final CopyVerifier verifier;

    public MinHashDeduplicator(DedupConfig config) {
        this.config = config;
        this.hasher = new MinHasher(config.permutations(), config.shingleWords());
        this.verifier = new CopyVerifier(config);
    }

    @Override
    public List<DuplicateGroup> deduplicate(List<Article> articles) {
        // 1. Exact duplicates: the same words in the same order; one representative goes on.
        Map<String, List<Integer>> exact = new LinkedHashMap<>();
        List<List<String>> tokens = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            List<String> t = WordTokenizer.tokens(articles.get(i).text());
            tokens.add(t);
            if (!t.isEmpty()) {
                exact.computeIfAbsent(String.join(" ", t), k -> new ArrayList<>(1)).add(i);
            }
        }
        List<Integer> distinct = new ArrayList<>(exact.size());
        exact.values().forEach(members -> distinct.add(members.get(0)));

        // 2. Signatures and LSH candidates among the distinct texts.
        LshIndex index = new LshIndex(config.lsh(), MAX_BUCKET);
        List<long[]> candidates = new ArrayList<>();
        for (int d = 0; d < distinct.size(); d++) {
            int[] signature = hasher.signature(tokens.get(distinct.get(d)));
            index.add(d, signature, pair -> candidates.add(new long[] {pair >>> 32, pair & 0xffffffffL}));
        }

        // 3. Verification by sentence alignment, in both directions.
        Map<Integer, CopyVerifier.Profile> profiles = new HashMap<>();
        List<CopyGraph.Edge> edges = new ArrayList<>();
        for (long[] pair : candidates) {
            int a = distinct.get((int) pair[0]);
            int b = distinct.get((int) pair[1]);
            CopyVerifier.Profile pa = profiles.computeIfAbsent(a, i -> profile(articles.get(i)));
            CopyVerifier.Profile pb = profiles.computeIfAbsent(b, i -> profile(articles.get(i)));
            Optional<CopyVerifier.Evidence> ab = verifier.verify(pa, pb);
            Optional<CopyVerifier.Evidence> ba = verifier.verify(pb, pa);
            if (ab.isPresent() || ba.isPresent()) {
                edges.add(new CopyGraph.Edge(a, b, ab.orElse(null), ba.orElse(null)));
            }
        }

        // 4. Groups around their likely originals.
        return new CopyGraph(articles, exact.values(), edges).groups();
    }

    private static CopyVerifier.Profile profile(Article article) {
        return CopyVerifier.Profile.of(SentenceAligner.tokenSets(article.sentences()));
    }

}
