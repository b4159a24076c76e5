package org.storyfold.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.storyfold.text.StopWords;
import org.storyfold.text.WordTokenizer;

/**
 * TextRank for sentences (Mihalcea and Tarau, 2004): two sentences are linked with the weight
 * |shared content words| / (log |S1| + log |S2|), and sentences are ranked by weighted PageRank
 * (damping 0.85) over that graph.
 */
final class TextRankBaseline implements Baseline {

    private static final double DAMPING = 0.85;

    @Override
    public String name() {
        return "TextRank";
    }

    @Override
    public List<String> rank(List<List<String>> articles) {
        List<String> sentences = articles.stream().flatMap(List::stream).toList();
        List<List<String>> words = new ArrayList<>();
        List<Set<String>> sets = new ArrayList<>();
        for (String s : sentences) {
            List<String> content = WordTokenizer.tokens(s).stream().filter(t -> !StopWords.isStopWord(t)).toList();
            words.add(content);
            sets.add(new HashSet<>(content));
        }
        int n = sentences.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double norm = Math.log(words.get(i).size()) + Math.log(words.get(j).size());
                if (norm <= 0) {
                    continue;
                }
                Set<String> small = sets.get(i).size() <= sets.get(j).size() ? sets.get(i) : sets.get(j);
                Set<String> large = small == sets.get(i) ? sets.get(j) : sets.get(i);
                long shared = small.stream().filter(large::contains).count();
                w[i][j] = shared / norm;
                w[j][i] = w[i][j];
            }
        }
        double[] score = PageRank.scores(w, DAMPING);
        return IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble((Integer i) -> -score[i]))
                .map(sentences::get).toList();
    }
}
