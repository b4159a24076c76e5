package org.storyfold.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        Map<String, List<int[]>> postings = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            List<Set<String>> sets = SentenceAligner.tokenSets(articles.get(a).sentences());
            tokens.add(sets);
            for (int s = 0; s < sets.size(); s++) {
                for (String t : sets.get(s)) {
                    if (!StopWords.isStopWord(t)) {
                        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[] {a, s});
                    }
                }
            }
        }
        boolean[][] assigned = new boolean[articles.size()][];
        for (int a = 0; a < articles.size(); a++) {
            assigned[a] = new boolean[tokens.get(a).size()];
        }

        List<Family> families = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (int s = 0; s < assigned[a].length; s++) {
                if (assigned[a][s]) {
                    continue;
                }
                assigned[a][s] = true;
                Set<String> head = tokens.get(a).get(s);
                List<Member> members = new ArrayList<>();
                members.add(new Member(a, s, 1.0));
                Map<Integer, Member> bestByArticle = new HashMap<>();
                Set<Long> tried = new HashSet<>();
                for (String t : head) {
                    for (int[] p : postings.getOrDefault(t, List.of())) {
                        if (p[0] == a || assigned[p[0]][p[1]] || !tried.add(((long) p[0] << 32) | p[1])) {
                            continue;
                        }
                        double sim = SentenceAligner.jaccard(head, tokens.get(p[0]).get(p[1]));
                        Member best = bestByArticle.get(p[0]);
                        if (sim >= threshold && (best == null || sim > best.similarity())) {
                            bestByArticle.put(p[0], new Member(p[0], p[1], sim));
                        }
                    }
                }
                bestByArticle.values().stream()
                        .sorted(java.util.Comparator.comparingInt(Member::article))
                        .forEach(m -> {
                            assigned[m.article()][m.sentence()] = true;
                            members.add(m);
                        });
                families.add(new Family(members, head));
            }
        }
        return families;
    }
}
