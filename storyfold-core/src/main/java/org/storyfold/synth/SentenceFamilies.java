package org.storyfold.synth;

import java.util.ArrayList;
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
 * wording heads each family.
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

    private SentenceFamilies() {
    }

    static List<Family> build(List<Article> articles, double threshold) {
        List<List<Set<String>>> tokens = new ArrayList<>(articles.size());
        int total = 0;
        for (Article a : articles) {
            List<Set<String>> sets = SentenceAligner.tokenSets(a.sentences());
            tokens.add(sets);
            total += sets.size();
        }
        // Sentences are numbered across the story; postings list them by their topic words.
        int[] articleOf = new int[total];
        int[] sentenceOf = new int[total];
        int[] stops = new int[total];
        int[] offset = new int[articles.size()];
        Map<String, List<Integer>> postings = new HashMap<>();
        int g = 0;
        for (int a = 0; a < articles.size(); a++) {
            offset[a] = g;
            for (int s = 0; s < tokens.get(a).size(); s++, g++) {
                articleOf[g] = a;
                sentenceOf[g] = s;
                for (String t : tokens.get(a).get(s)) {
                    if (StopWords.isStopWord(t)) {
                        stops[g]++;
                    } else {
                        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(g);
                    }
                }
            }
        }
        boolean[] assigned = new boolean[total];
        int[] shared = new int[total];
        List<Integer> touched = new ArrayList<>();
        List<Family> families = new ArrayList<>();
        for (int head = 0; head < total; head++) {
            if (assigned[head]) {
                continue;
            }
            assigned[head] = true;
            int a = articleOf[head];
            Set<String> headTokens = tokens.get(a).get(sentenceOf[head]);
            List<Member> members = new ArrayList<>();
            members.add(new Member(a, sentenceOf[head], 1.0));
            touched.clear();
            for (String t : headTokens) {
                List<Integer> p = postings.get(t);
                if (p == null) {
                    continue;
                }
                for (int other : p) {
                    if (articleOf[other] != a && !assigned[other] && shared[other]++ == 0) {
                        touched.add(other);
                    }
                }
            }
            Map<Integer, Member> bestByArticle = new HashMap<>();
            for (int other : touched) {
                Set<String> otherTokens = tokens.get(articleOf[other]).get(sentenceOf[other]);
                // Jaccard can reach the threshold only if the shared topic words, with every stop word
                // shared too, make up enough of both sentences.
                double needed = threshold * (headTokens.size() + otherTokens.size()) / (1 + threshold);
                if (shared[other] + Math.min(stops[head], stops[other]) >= needed) {
                    double sim = SentenceAligner.jaccard(headTokens, otherTokens);
                    Member best = bestByArticle.get(articleOf[other]);
                    if (sim >= threshold && (best == null || sim > best.similarity())) {
                        bestByArticle.put(articleOf[other], new Member(articleOf[other], sentenceOf[other], sim));
                    }
                }
                shared[other] = 0;
            }
            bestByArticle.values().stream()
                    .sorted(java.util.Comparator.comparingInt(Member::article))
                    .forEach(m -> {
                        assigned[offset[m.article()] + m.sentence()] = true;
                        members.add(m);
                    });
            families.add(new Family(members, headTokens));
        }
        return families;
    }
}
