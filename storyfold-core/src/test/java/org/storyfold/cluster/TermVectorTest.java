package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyfold.ArticleFixtures;
import org.storyfold.extract.Article;

class TermVectorTest {

    /** A random vector over ids below {@code range}, ids increasing, weights positive. */
    private static TermVector randomVector(Random random, int terms, int range) {
        TreeMap<Integer, Float> byId = new TreeMap<>();
        while (byId.size() < terms) {
            byId.put(random.nextInt(range), 0.01f + random.nextFloat());
        }
        int[] ids = byId.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] weights = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            weights[i] = byId.get(ids[i]);
        }
        return new TermVector(ids, weights);
    }

    @Test
    void productsAndSumsAreThoseOfTheTermsBothShareAddedInIdOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            TermVector a = randomVector(random, 1 + random.nextInt(300), 2_000);
            TermVector b = randomVector(random, 1 + random.nextInt(300), 2_000);
            double expected = 0;
            Map<Integer, Float> sums = new TreeMap<>();
            for (int i = 0; i < a.size(); i++) {
                sums.merge(a.id(i), a.weight(i) * 1f, Float::sum);
            }
            for (int j = 0; j < b.size(); j++) {
                Float mine = sums.get(b.id(j));
                if (mine != null) {
                    expected += mine * (double) b.weight(j);
                }
                sums.merge(b.id(j), b.weight(j) * 0.5f, Float::sum);
            }
            assertThat(a.dot(b)).isEqualTo(expected).isEqualTo(b.dot(a));

            Centroid c = new Centroid(Integer.MAX_VALUE);
            c.add(a, 1f);
            c.add(b, 0.5f);
            assertThat(c.size()).isEqualTo(sums.size());
            int k = 0;
            for (Map.Entry<Integer, Float> e : sums.entrySet()) {
                assertThat(c.id(k)).isEqualTo(e.getKey());
                assertThat(c.sum(k++)).isEqualTo(e.getValue());
            }
            Centroid copy = new Centroid(Integer.MAX_VALUE);
            copy.add(c);
            assertThat(copy.dot(c)).isEqualTo(c.dot(copy)).isPositive();
        }
    }

    @Test
    void aBoundedCentroidKeepsItsHeaviestSumsTiesToTheLowerIdsInIdOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int capacity = 1 + random.nextInt(120);
            Centroid c = new Centroid(capacity);
            Map<Integer, Float> all = new TreeMap<>();
            for (int v = 0; v < 1 + random.nextInt(6); v++) {
                TermVector t = randomVector(random, 1 + random.nextInt(200), 600);
                // Weights rounded to few values, so that ties at the cut are common.
                for (int i = 0; i < t.size(); i++) {
                    t.weights[i] = Math.round(t.weights[i] * 4) / 4f + 0.25f;
                }
                // What the centroid held before this vector, plus the vector, then the heaviest kept.
                Map<Integer, Float> before = new TreeMap<>();
                for (int k = 0; k < c.size(); k++) {
                    before.put(c.id(k), c.sum(k));
                }
                for (int i = 0; i < t.size(); i++) {
                    before.merge(t.id(i), t.weight(i), Float::sum);
                }
                all = keepHeaviest(before, capacity);
                c.add(t, 1f);
                assertThat(c.size()).isEqualTo(all.size());
                int k = 0;
                for (Map.Entry<Integer, Float> e : all.entrySet()) {
                    assertThat(c.id(k)).isEqualTo(e.getKey());
                    assertThat(c.sum(k++)).isEqualTo(e.getValue());
                }
            }
        }
    }

    /** The {@code max} heaviest entries, ties to the lower ids, by sorting. */
    private static Map<Integer, Float> keepHeaviest(Map<Integer, Float> sums, int max) {
        Map<Integer, Float> kept = new TreeMap<>();
        sums.entrySet().stream()
                .sorted(Map.Entry.<Integer, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    @Test
    void countsEachWordOfTextAndTitleOnceAnOccurrenceLeavingOutStopWordsAndNumbers() {
        Article a = ArticleFixtures.article("a1", "Harbour fire", null,
                "The harbour fire spread. The fire reached 12 boats, and the harbour closed; the FIRE was out by 9.");
        ArticleTerms terms = ArticleTerms.of(a, 2.0);
        assertThat(terms.terms()).contains("harbour", "fire", "spread", "reached", "boats", "closed")
                .doesNotContain("the", "12", "9", "and", "by");
        Vocabulary vocabulary = new Vocabulary();
        terms.count(vocabulary, new java.util.HashMap<>());
        TermVector v = terms.vector(vocabulary, 1.0, 300);
        // fire: 3 in the text and 2 for the title; harbour: 2 and 2; spread: 1. One document: the same idf for all.
        float fire = weightOf(v, vocabulary.id("fire"));
        float harbour = weightOf(v, vocabulary.id("harbour"));
        float spread = weightOf(v, vocabulary.id("spread"));
        assertThat(fire / spread).isCloseTo((float) (1 + Math.log(5)), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(harbour / spread).isCloseTo((float) (1 + Math.log(4)), org.assertj.core.data.Offset.offset(1e-5f));
    }

    private static float weightOf(TermVector v, int id) {
        for (int i = 0; i < v.size(); i++) {
            if (v.id(i) == id) {
                return v.weight(i);
            }
        }
        throw new AssertionError("no term " + id);
    }
}
