package org.storyfold.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.bench.EvalData;
import org.storyfold.bench.MultiNews;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.extract.Article;

/**
 * The dedup quality floors, on the synthetic corpus that {@code storyfold-bench dedup-corpus
 * --size 2000} writes (seed 1), scored as {@code storyfold-bench dedup --peers storyfold} scores it.
 */
class DedupEvaluationTest {

    private static final int SIZE = 2000;

    @TempDir
    static Path dir;

    private static DedupCorpusCommand.Summary summary;
    private static List<Gold> gold;

    @BeforeAll
    static void writeCorpus() throws Exception {
        BasePool pool = BasePool.of(MultiNews.load(EvalData.eval().resolve("multinews-dev")).articles(), 1, 400);
        summary = DedupCorpusCommand.write(pool, SIZE, 1, dir, true, () -> { });
        gold = CorpusFiles.readGold(dir);
    }

    @Test
    void writesEveryKindOfArticleWithItsGold() {
        assertThat(gold).hasSize(SIZE);
        assertThat(summary.roles()).containsKeys("original", "copy", "exact", "partial", "negative", "single");
        assertThat(summary.roles().get("copy")).isGreaterThan(SIZE / 4);
        assertThat(summary.roles().get("partial")).isGreaterThan(SIZE / 20);
        assertThat(summary.roles().get("negative")).isGreaterThan(SIZE / 10);
    }

    @Test
    void sharesNoSentenceBetweenArticlesOfDifferentEvents() {
        assertThat(summary.audit().sentences()).isGreaterThan(SIZE * 10L);
        assertThat(summary.audit().accidentalSentences()).isZero();
    }

    @Test
    void holdsTheDedupFloorsOnTheSyntheticCorpus() throws Exception {
        List<Article> articles = new ArrayList<>();
        CorpusFiles.readArticles(dir, a -> articles.add(a.toArticle()));
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        for (int from = 0; from < articles.size(); from += 500) {
            index.add(articles.subList(from, Math.min(articles.size(), from + 500)));
        }
        DedupScore.Figures f = new DedupScore(gold).groups(index.groups());
        assertThat(f.copyF1()).isGreaterThanOrEqualTo(EvalData.floor("dedup.synthetic-2000.copy-f1"));
        assertThat(f.partialRecall()).isGreaterThanOrEqualTo(EvalData.floor("dedup.synthetic-2000.partial-recall"));
        assertThat(f.negativeRate()).isLessThanOrEqualTo(EvalData.floor("dedup.synthetic-2000.negative-rate.ceiling"));
        assertThat(f.otherFalsePairs()).isZero();
    }
}
