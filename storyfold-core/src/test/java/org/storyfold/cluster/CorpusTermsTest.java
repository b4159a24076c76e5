package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.cluster.OnlineStoryClustererTest.multiNews;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.extract.Article;

/**
 * A corpus's term statistics counted apart (as the Spark runner counts them, article by article)
 * make a stream place the corpus as the stream that counts them itself does; and the arrival keys
 * sort units as the stream takes them.
 */
class CorpusTermsTest {

    private final ClusterConfig config = ClusterConfig.defaults();

    @Test
    void aStreamWeighingByTheCorpusStatisticsPlacesTheCorpusAsOneBatchDoes() {
        List<Article> articles = multiNews(300);
        List<DuplicateGroup> groups = new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(articles);
        CorpusTerms corpus = statistics(articles);
        assertThat(corpus.size()).isGreaterThan(1_000);

        StoryStream plain = new OnlineStoryClusterer(config).open();
        plain.add(articles, groups);
        StoryStream weighed = new OnlineStoryClusterer(config).open(corpus, OnlineStoryClusterer.latestPlausible());
        weighed.add(articles, groups);
        assertThat(weighed.stories()).isEqualTo(plain.stories());
        assertThat(weighed.storylines()).isEqualTo(plain.storylines());
    }

    @Test
    void placingWithoutTheMergeLeavesStoriesTheMergeWouldJoin() {
        List<Article> articles = multiNews(300);
        List<DuplicateGroup> groups = new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(articles);
        StoryStream merged = new OnlineStoryClusterer(config).open();
        merged.add(articles, groups);
        StoryStream placed = new OnlineStoryClusterer(config).open();
        placed.place(articles, groups);
        assertThat(placed.stories().size()).isGreaterThanOrEqualTo(merged.stories().size());
        List<String> all = new ArrayList<>();
        placed.stories().forEach(s -> all.addAll(s.articles()));
        assertThat(all).hasSize(articles.size()).doesNotHaveDuplicates();
    }

    @Test
    void aUnitsArrivalKeyIsItsEarliestMembersParts() {
        List<Article> articles = multiNews(20);
        ArrivalKey a = ArrivalKey.of(articles.get(0), OnlineStoryClusterer.latestPlausible());
        ArrivalKey b = ArrivalKey.of(articles.get(1), OnlineStoryClusterer.latestPlausible());
        ArrivalKey unit = a.earliest(b);
        assertThat(unit.content()).isEqualTo(Math.min(a.content(), b.content()));
        assertThat(unit.id()).isEqualTo(a.id().compareTo(b.id()) <= 0 ? a.id() : b.id());
        assertThat(unit.compareTo(a)).isLessThanOrEqualTo(0);
        assertThat(unit.compareTo(b)).isLessThanOrEqualTo(0);
        ArrivalKey dated = new ArrivalKey(java.time.LocalDate.of(2017, 10, 14), 5, "x");
        ArrivalKey undated = new ArrivalKey(null, 1, "a");
        assertThat(dated).isLessThan(undated);
        assertThat(dated.earliest(undated).date()).isEqualTo(dated.date());
    }

    /** Document frequencies, then each article's weights summed, term by term, as a runner counts them apart (terms found once). */
    private CorpusTerms statistics(List<Article> articles) {
        Map<Long, Integer> df = new HashMap<>();
        List<CorpusTerms.ArticleCounts> terms = articles.stream().map(a -> CorpusTerms.ArticleCounts.of(a, config)).toList();
        for (CorpusTerms.ArticleCounts t : terms) {
            for (long k : t.keys()) {
                df.merge(k, 1, Integer::sum);
            }
        }
        List<Long> keys = new ArrayList<>();
        df.forEach((k, n) -> {
            if (n > 1) {
                keys.add(k);
            }
        });
        CorpusTerms frequencies = CorpusTerms.of(articles.size(), keys.stream().mapToLong(Long::longValue).toArray(),
                keys.stream().mapToInt(df::get).toArray());
        Map<Long, Double> sums = new HashMap<>();
        CorpusTerms.Weigher weigher = new CorpusTerms.Weigher(frequencies, config);
        for (CorpusTerms.ArticleCounts t : terms) {
            weigher.weigh(t, (k, w) -> sums.merge(k, w, Double::sum));
        }
        List<Long> sumKeys = new ArrayList<>(sums.keySet());
        return frequencies.withSums(sumKeys.stream().mapToLong(Long::longValue).toArray(),
                sumKeys.stream().mapToDouble(sums::get).toArray());
    }
}
