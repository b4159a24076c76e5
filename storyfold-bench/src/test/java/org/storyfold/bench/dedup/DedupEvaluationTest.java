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

    /** Corpora drawn with these seeds are scored; one corpus's partial reuses vary by a few points. */
    private static final int[] SEEDS = {1, 2, 3};

    private static List<Article> news;
    private static DedupCorpusCommand.Summary summary;
    private static List<Gold> gold;

    @BeforeAll
    static void writeCorpus() throws Exception {
        news = MultiNews.load(EvalData.eval().resolve("multinews-dev")).articles();
        summary = DedupCorpusCommand.write(BasePool.of(news, 1, 400), SIZE, 1, dir, true, () -> { });
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
        double partialRecall = 0;
        for (int seed : SEEDS) {
            Path corpus = dir;
            List<Gold> seedGold = gold;
            if (seed != 1) {
                corpus = java.nio.file.Files.createDirectories(dir.resolve("seed-" + seed));
                DedupCorpusCommand.write(BasePool.of(news, seed, 400), SIZE, seed, corpus, false, () -> { });
                seedGold = CorpusFiles.readGold(corpus);
            }
            List<Article> articles = new ArrayList<>();
            CorpusFiles.readArticles(corpus, a -> articles.add(a.toArticle()));
            CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
            for (int from = 0; from < articles.size(); from += 500) {
                index.add(articles.subList(from, Math.min(articles.size(), from + 500)));
            }
            DedupScore.Figures f = new DedupScore(seedGold).groups(index.groups());
            assertThat(f.copyF1()).as("seed " + seed).isGreaterThanOrEqualTo(EvalData.floor("dedup.synthetic-2000.copy-f1"));
            assertThat(f.negativeRate()).as("seed " + seed)
                    .isLessThanOrEqualTo(EvalData.floor("dedup.synthetic-2000.negative-rate.ceiling"));
            assertThat(f.otherFalsePairs()).as("seed " + seed).isZero();
            partialRecall += f.partialRecall() / SEEDS.length;
        }
        assertThat(partialRecall).isGreaterThanOrEqualTo(EvalData.floor("dedup.synthetic-2000.partial-recall"));
    }
}
