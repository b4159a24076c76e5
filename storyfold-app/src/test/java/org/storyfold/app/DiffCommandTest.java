package org.storyfold.app;

import static org.storyfold.app.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code storyfold diff} and the edits {@code storyfold dedup} lists, on the seed articles. */
class DiffCommandTest {

    private static final Path SEEDS = seeds();


    @Test
    void showsTwoPrintingsSideBySideWithTheirSubstitutions() {
        CliRun r = run("diff", "000", "002", "--width", "140", SEEDS.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("A: 000_474674fb51d8608a")
                .containsPattern("Dozens of IS fighters have surrendered in their former Syrian +~ Dozens of Daesh terrorists")
                .containsPattern("> Meanwhile, troops of the Syrian regime and allied forces captured")
                .containsPattern("But the US-led coalition backing the offensive insisted that foreign = But the US-led")
                .contains("Systematic substitutions, A \u2192 B: Raqa \u2192 Raqqa (");
        assertThat(r.out()).containsPattern("\\d+ the same, \\d+ edited, \\d+ only in A, \\d+ only in B");
    }

    @Test
    void refusesAnUnknownOrAmbiguousIdWithOneLine() {
        CliRun unknown = run("diff", "000", "999", "-q", SEEDS.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("storyfold: no article with id 999 among the 5 articles read");
        CliRun ambiguous = run("diff", "0", "001", "-q", SEEDS.toString());
        assertThat(ambiguous.code()).isEqualTo(2);
        assertThat(ambiguous.err()).startsWith("storyfold: the id 0 is ambiguous: 000_474674fb51d8608a, 001_58b2e9f6377aac77");
    }

    @Test
    void dedupListsEachCopysEditsForPeopleAndInJson() throws IOException {
        CliRun text = run("dedup", "-q", SEEDS.toString());
        assertThat(text.out()).contains("substitutes Raqa \u2192 Raqqa (", "IS \u2192 Daesh (")
                .contains("+ Meanwhile, troops of the Syrian regime and allied forces captured the city of")
                .containsPattern("drops \\d+ sentences of 001_58b2e9f6377aac77:");
        JsonNode groups = new ObjectMapper().readTree(run("dedup", "-q", "--format", "json", SEEDS.toString()).out()).get("groups");
        JsonNode link = groups.get(0).get("links").get(0);
        assertThat(link.get("edits").get("substitutions").get(0).get("from").asText()).isEqualTo("Raqa");
        assertThat(link.get("edits").has("added")).isTrue();
        assertThat(link.get("edits").get("changed").get(0).has("original")).isTrue();
    }


    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }
}
