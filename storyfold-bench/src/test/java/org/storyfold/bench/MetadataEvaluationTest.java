package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The metadata floors on metadata-dev, on all pages and on the held-out half; Readability.js is not needed here. */
class MetadataEvaluationTest {

    private static List<MetadataDev.Page> pages;
    private static Map<String, MetadataEvalCommand.Prediction> predictions;

    @BeforeAll
    static void extract() throws Exception {
        pages = MetadataDev.load(EvalData.eval().resolve("metadata-dev"));
        StoryfoldBodyExtractor storyfold = new StoryfoldBodyExtractor();
        predictions = new HashMap<>();
        for (MetadataDev.Page page : pages) {
            predictions.put(page.id(), MetadataEvalCommand.Prediction.of(storyfold.extract(page.html(), page.url())));
        }
    }

    @Test
    void holdsTheFloorOfEachFieldOnAllPagesAndTheHeldOutHalf() {
        assertThat(pages).hasSize(607);
        for (MetadataDev.Field field : MetadataDev.Field.values()) {
            List<MetadataDev.Page> scored = pages.stream().filter(p -> p.annotated(field)).toList();
            String name = "metadata.metadata-dev." + field.name().toLowerCase(Locale.ROOT);
            assertThat(MetadataEvalCommand.share(scored, predictions, field)).as(name)
                    .isGreaterThanOrEqualTo(EvalData.floor(name));
            assertThat(MetadataEvalCommand.share(MetadataDev.half(scored, true), predictions, field)).as(name + " held out")
                    .isGreaterThanOrEqualTo(EvalData.floor(name + ".held-out"));
        }
    }

    @Test
    void scoresAsTheSetsReadmeSays() {
        assertThat(MetadataScore.title("Raqa's fall  nears", "raqa's fall nears")).isTrue();
        assertThat(MetadataScore.title("Raqa's fall nears", "Raqa's fall nears | Reuters")).isFalse();
        assertThat(MetadataScore.title(null, null)).isTrue();
        assertThat(MetadataScore.title(null, "A title")).isFalse();
        assertThat(MetadataScore.published("2017-10-14", "2017-10-14T23:30-04:00")).isTrue();
        assertThat(MetadataScore.published("2017-10-14", "2017-10-15")).isFalse();
        assertThat(MetadataScore.published(null, null)).isTrue();
        assertThat(MetadataScore.authors("Jane Doe", List.of("Jane Doe", "John Roe"))).isTrue();
        assertThat(MetadataScore.authors("Jane Doe; John Roe", List.of("John Roe"))).isTrue();
        assertThat(MetadataScore.authors("Jane Doe", List.of())).isFalse();
        assertThat(MetadataScore.authors(null, List.of())).isTrue();
        assertThat(MetadataScore.authors(null, List.of("Jane Doe"))).isFalse();
    }
}
