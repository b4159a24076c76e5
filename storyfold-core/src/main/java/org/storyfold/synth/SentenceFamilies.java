package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.extract.Article;
import org.storyfold.text.SentenceAligner;
import org.storyfold.text.StopWords;

/**
 * Groups a story's sentences into families, one per thing said: a family holds a sentence and, from
 * each other article, the sentence most similar to it if they are near-identical (token Jaccard at
 * least the threshold). An article gives at most one sentence to a family, and every sentence
 * belongs to exactly one family. Articles are visited in the given order, so the first article's
 * wording heads each family; among equally similar sentences of an article, the one that shares the
 * head's earlier topic word wins, then the earlier sentence.
 *
 * <p>Sentences with the same token set are compared as one: an inverted index lists each distinct
 * token set once, with its printings by article, so a sentence repeated ten thousand times costs one
 * comparison per head rather than ten thousand, and the whole grouping stays near-linear in repeated
 * input.
 */
final class SentenceFamilies {

    /** One article's sentence in a family. */
    record Member(int article, int sentence, double similarity) {
    }

    /** A family: its head (the first printing) and all members, the head first. */
    record Family(List<Member> members, Set<String> tokens) {
        Member head() {
            return members.get(0);
        }

        int support() {
            return members.size();
        }
    }

    /** A distinct token set: its size in stop words, and its printings, by article, in story order. */
    private static final class Wording {
        final Set<String> tokens;
        final int stops;
        final List<Printings> printings = new ArrayList<>(1);
        int lastArticle;
        int firstToken;
        int shared;

        Wording(Set<String> tokens, int stops) {
            this.tokens = tokens;
            this.stops = stops;
        }
    }

    /** The sentences of one article with one token set (story-wide numbers), and the first not yet in a family. */
    private static final class Printings {
        final int article;
        int[] sentences = new int[1];
        int size;
        int next;

        Printings(int article) {
            this.article = article;
        }

        void add(int g) {
            if (size == sentences.length) {
                sentences = java.util.Arrays.copyOf(sentences, size * 2);
            }
            sentences[size++] = g;
        }

        /** The first sentence not yet in a family, or -1. */
        int free(boolean[] assigned) {
            while (next < size && assigned[sentences[next]]) {
                next++;
            }
            return next < size ? sentences[next] : -1;
        }
    }

    /** The best sentence an article offers a head so far, in the order the comparison prefers. */
    private record Candidate(int sentence, double similarity, int firstToken) {
        boolean beats(Candidate o) {
            return similarity != o.similarity ? similarity > o.similarity
                    : firstToken != o.firstToken ? firstToken < o.firstToken : sentence < o.sentence;
        }
    }

    private SentenceFamilies() {
    }

    static List<Family> build(List<Article> articles, double threshold) {
        List<List<Set<String>>> tokens = new ArrayList<>(articles.size());
        int total = 0;
        // A sentence printed many times is tokenised once; its set is shared, and never changed.
        Map<String, Set<String>> setOf = new HashMap<>();
        for (Article a : articles) {
            List<Set<String>> sets = new ArrayList<>(a.sentences().size());
            for (org.storyfold.text.Sentence s : a.sentences()) {
                sets.add(setOf.computeIfAbsent(s.text(),
                        t -> SentenceAligner.tokenSets(List.of(s)).get(0)));
            }
            tokens.add(sets);
            total += sets.size();
        }
        // Sentences are numbered across the story; each is a printing of its wording, and postings
        // list the wordings by their topic words.
        int[] articleOf = new int[total];
        int[] sentenceOf = new int[total];
        Wording[] wordingOf = new Wording[total];
        int[] offset = new int[articles.size()];
        Map<Set<String>, Wording> wordings = new HashMap<>();
        Map<String, List<Wording>> postings = new HashMap<>();
        int g = 0;
        for (int a = 0; a < articles.size(); a++) {
            offset[a] = g;
            for (int s = 0; s < tokens.get(a).size(); s++, g++) {
                articleOf[g] = a;
                sentenceOf[g] = s;
                Set<String> set = tokens.get(a).get(s);
                Wording w = wordings.get(set);
                if (w == null) {
                    int stops = 0;
                    for (String t : set) {
                        if (StopWords.isStopWord(t)) {
                            stops++;
                        }
                    }
                    w = new Wording(set, stops);
                    wordings.put(set, w);
                    for (String t : set) {
                        if (!StopWords.isStopWord(t)) {
                            postings.computeIfAbsent(t, k -> new ArrayList<>()).add(w);
                        }
                    }
                }
                if (w.printings.isEmpty() || w.printings.get(w.printings.size() - 1).article != a) {
                    w.printings.add(new Printings(a));
                    w.lastArticle = a;
                }
                w.printings.get(w.printings.size() - 1).add(g);
                wordingOf[g] = w;
            }
        }
        boolean[] assigned = new boolean[total];
        List<Wording> touched = new ArrayList<>();
        Map<Integer, Candidate> bestByArticle = new HashMap<>();
        List<Family> families = new ArrayList<>();
        for (int head = 0; head < total; head++) {
            if (assigned[head]) {
                continue;
            }
            assigned[head] = true;
            int a = articleOf[head];
            Set<String> headTokens = tokens.get(a).get(sentenceOf[head]);
            int headStops = wordingOf[head].stops;
            List<Member> members = new ArrayList<>();
            members.add(new Member(a, sentenceOf[head], 1.0));
            touched.clear();
            int position = 0;
            for (String t : headTokens) {
                List<Wording> p = postings.get(t);
                if (p == null) {
                    continue;
                }
                position++;
                // Heads come in story order, so every sentence of the articles up to the head's is
                // placed: a wording printed by none after it can join no family any more and leaves
                // the postings (which keeps one long article from comparing its sentences pairwise).
                int kept = 0;
                for (Wording w : p) {
                    if (w.lastArticle <= a) {
                        continue;
                    }
                    p.set(kept++, w);
                    if (w.shared++ == 0) {
                        w.firstToken = position;
                        touched.add(w);
                    }
                }
                p.subList(kept, p.size()).clear();
            }
            bestByArticle.clear();
            for (Wording w : touched) {
                // Jaccard can reach the threshold only if the shared topic words, with every stop word
                // shared too, make up enough of both sentences.
                double needed = threshold * (headTokens.size() + w.tokens.size()) / (1 + threshold);
                if (w.shared + Math.min(headStops, w.stops) >= needed) {
                    double sim = SentenceAligner.jaccard(headTokens, w.tokens);
                    if (sim >= threshold) {
                        offer(w, a, sim, assigned, bestByArticle);
                    }
                }
                w.shared = 0;
            }
            bestByArticle.values().stream()
                    .sorted(Comparator.comparingInt(c -> articleOf[c.sentence()]))
                    .forEach(c -> {
                        assigned[c.sentence()] = true;
                        members.add(new Member(articleOf[c.sentence()], c.sentence() - offset[articleOf[c.sentence()]],
                                c.similarity()));
                    });
            families.add(new Family(members, headTokens));
        }
        return families;
    }

    /** Offers the first free printing of a wording in each other article as that article's member. */
    private static void offer(Wording w, int headArticle, double sim, boolean[] assigned,
                              Map<Integer, Candidate> bestByArticle) {
        for (int i = 0; i < w.printings.size(); i++) {
            Printings p = w.printings.get(i);
            int free = p.free(assigned);
            if (free < 0) {
                // Every printing of this article is placed: drop it, so later heads skip it.
                w.printings.set(i, w.printings.get(w.printings.size() - 1));
                w.printings.remove(w.printings.size() - 1);
                i--;
                continue;
            }
            if (p.article == headArticle) {
                continue;
            }
            Candidate c = new Candidate(free, sim, w.firstToken);
            Candidate best = bestByArticle.get(p.article);
            if (best == null || c.beats(best)) {
                bestByArticle.put(p.article, c);
            }
        }
    }
}
