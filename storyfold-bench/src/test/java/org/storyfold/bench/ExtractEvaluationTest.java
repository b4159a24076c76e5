package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.Article;

/** The extraction floors on extraction-dev; the peers and Node.js are not needed here. */
class ExtractEvaluationTest {

    private static List<ExtractionDev.Page> pages;
    private static Map<String, Article> articles;

    @BeforeAll
    static void extract() throws Exception {
        pages = ExtractionDev.load(EvalData.eval().resolve("extraction-dev"));
        StoryfoldBodyExtractor storyfold = new StoryfoldBodyExtractor();
        articles = new LinkedHashMap<>();
        for (ExtractionDev.Page page : pages) {
            articles.put(page.id(), storyfold.article(page.html(), page.url()));
        }
    }

    @Test
    void holdsTheBodyF1FloorOnBothHalves() {
        assertThat(pages).hasSize(181);
        Map<String, String> bodies = new LinkedHashMap<>();
        articles.forEach((id, a) -> bodies.put(id, a == null ? "" : a.text()));
        assertThat(ExtractEvalCommand.score(pages, bodies).f1()).isGreaterThanOrEqualTo(EvalData.floor("extract.extraction-dev.f1"));
        assertThat(ExtractEvalCommand.score(ExtractionDev.half(pages, true), bodies).f1())
                .isGreaterThanOrEqualTo(EvalData.floor("extract.extraction-dev.held-out-f1"));
    }

    @Test
    void holdsTheTitleAndDateFloors() {
        MetadataGold.Accuracy a = MetadataGold.load().score(articles);
        assertThat((double) a.titlesRight() / a.titled()).isGreaterThanOrEqualTo(EvalData.floor("extract.extraction-dev.titles"));
        assertThat((double) a.datesRight() / a.dated()).isGreaterThanOrEqualTo(EvalData.floor("extract.extraction-dev.dates"));
    }
}
