package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryStream;
import org.storyfold.extract.Article;

class SyntheticNewsTest {

    private static final Path DOCS = EvalData.eval().resolve("multinews-dev/docs.jsonl");

    private static List<SyntheticNews.Item> generate(long seed, int articles, int days) throws Exception {
        List<SyntheticNews.Item> items = new ArrayList<>();
        SyntheticNews.fromCorpus(DOCS, seed, articles, days, 200).generate(500, items::addAll);
        return items;
    }

    @Test
    void generatesTheSameStreamInTimeOrderForASeed() throws Exception {
        List<SyntheticNews.Item> a = generate(7, 8000, 30);
        List<SyntheticNews.Item> b = generate(7, 8000, 30);
        assertThat(a).hasSize(8000);
        assertThat(a).extracting(i -> i.article().text()).isEqualTo(b.stream().map(i -> i.article().text()).toList());
        LocalDate previous = LocalDate.MIN;
        int undated = 0;
        int untitled = 0;
        int empty = 0;
        int future = 0;
        for (SyntheticNews.Item item : a) {
            Article art = item.article();
            if (art.published() == null) {
                undated++;
            } else if (art.published().getYear() > 2100) {
                future++;
            } else {
                assertThat(art.published()).isAfterOrEqualTo(previous);
                previous = art.published();
            }
            untitled += art.title() == null ? 1 : 0;
            empty += art.text().isEmpty() ? 1 : 0;
        }
        assertThat(undated).isPositive();
        assertThat(untitled).isPositive();
        assertThat(empty).isPositive();
        assertThat(future).isPositive();
        assertThat(a.stream().map(SyntheticNews.Item::story).distinct().count()).isBetween(800L, 5000L);
    }

    @Test
    void givesStoriesTheOnlineClustererCanRecoverBatchByBatch() throws Exception {
        StoryStream stream = new OnlineStoryClusterer(ClusterConfig.defaults()).open();
        Map<String, String> gold = new HashMap<>();
        SyntheticNews.fromCorpus(DOCS, 3, 4000, 40, 200).generate(300, items -> {
            items.forEach(i -> gold.put(i.article().id(), Integer.toString(i.story())));
            stream.add(items.stream().map(SyntheticNews.Item::article).toList(), List.of());
        });
        Map<String, String> predicted = new HashMap<>();
        for (Story s : stream.stories()) {
            s.articles().forEach(id -> predicted.put(id, s.id()));
        }
        ClusteringMetrics m = ClusteringMetrics.score(predicted, gold);
        assertThat(m.f1()).isGreaterThan(0.9);
        assertThat(stream.storylines()).isNotEmpty();
    }
}
