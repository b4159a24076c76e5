package org.storyfold.bench.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.storyfold.dedup.internal.TokenHash;
import org.storyfold.extract.Article;
import org.storyfold.text.SentenceSplitter;
import org.storyfold.text.WordTokenizer;

/**
 * The base texts stories are made from, by number: first real articles, then texts written by the
 * word model, each from its own seed so that any base can be made on any thread in any order.
 * Real articles are kept only when they share no run of eight words with one kept before, so that
 * two bases never overlap by accident (the crawl holds the same boilerplate page and the same
 * wire story under several clusters). Thread-safe.
 */
final class BasePool {

    private static final int RUN = 8;

    private final List<List<String>> real;
    private final WordModel model;
    private final long seed;

    private BasePool(List<List<String>> real, WordModel model, long seed) {
        this.real = real;
        this.model = model;
        this.seed = seed;
    }

    /**
     * A pool trained on {@code articles}: their sentences train the word model, and the articles
     * that overlap no earlier one become the first bases (at most {@code maxReal}).
     */
    static BasePool of(List<Article> articles, long seed, int maxReal) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> training = new ArrayList<>();
        List<List<String>> real = new ArrayList<>();
        Set<Long> runs = new HashSet<>();
        for (Article a : articles) {
            List<String> sentences = new ArrayList<>();
            splitter.split(a.text()).forEach(s -> sentences.add(s.text()));
            training.addAll(sentences);
            List<String> tokens = WordTokenizer.tokens(a.text());
            if (tokens.size() < 150 || sentences.size() < 6 || real.size() >= maxReal) {
                continue;
            }
            Set<Long> mine = new HashSet<>();
            for (int i = 0; i + RUN <= tokens.size(); i++) {
                mine.add(TokenHash.of(String.join(" ", tokens.subList(i, i + RUN))));
            }
            if (mine.stream().noneMatch(runs::contains)) {
                runs.addAll(mine);
                real.add(sentences);
            }
        }
        return new BasePool(real, WordModel.train(training, 0.35), seed);
    }

    /** The sentences of base {@code index}. */
    List<String> base(long index) {
        if (index < real.size()) {
            return real.get((int) index);
        }
        SplittableRandom random = new SplittableRandom(TokenHash.mix(seed * 0xD1B54A32D192ED03L + 0x5bd1e995L + index));
        int n = 8 + random.nextInt(28);
        List<String> sentences = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sentences.add(model.sentence(random, 8, 40));
        }
        return sentences;
    }

    /** Another sentence for position {@code position} of base {@code index}, its {@code attempt}-th. */
    String replacement(long index, int position, int attempt) {
        SplittableRandom random = new SplittableRandom(TokenHash.mix(seed * 0x9E3779B97F4A7C15L
                + TokenHash.mix(index * 0x100000001b3L + position) + attempt));
        return model.sentence(random, 8, 40);
    }

    /** A short headline-like line. */
    String headline(SplittableRandom random) {
        String s = model.sentence(random, 6, 12);
        return s.substring(0, s.length() - 1);
    }

    int realBases() {
        return real.size();
    }

    int vocabulary() {
        return model.vocabularySize();
    }
}
