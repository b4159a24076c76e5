package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.extract.Article;

class LabelledNewsTest {

    private static final String QUAKE_A = "A strong earthquake struck central Chile on Monday, damaging buildings in "
            + "Santiago. Chilean officials said the quake had a magnitude of 7.1 and that rescue teams were at work.";
    private static final String QUAKE_B = "An earthquake of magnitude 6.2 shook southern Iran on Thursday, killing "
            + "several people in villages near Bandar Abbas, the state news agency said, as rescuers dug through rubble.";

    @Test
    void readsAnyJsonLinesFileAndHidesTheIdsThatSpellTheirCluster(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("quakes.jsonl");
        Files.writeString(file, line("7_1ecb", "7_ecb", "7", QUAKE_A) + "\n\n" + line("7_1ecbplus", "7_ecbplus", "7", QUAKE_B)
                + "\n");
        LabelledNews set = LabelledNews.load(file);
        assertThat(set.name()).isEqualTo("quakes");
        List<String> ids = set.data().articles().stream().map(Article::id).toList();
        assertThat(ids).hasSize(2).noneMatch(id -> id.contains("ecb") || id.contains("7_"));
        assertThat(set.data().gold()).containsValues("7_ecb", "7_ecbplus");
        assertThat(set.topic("7_ecb")).isEqualTo("7");
        assertThat(set.hasTopics()).isTrue();
        // The raw reading hides the ids the same way, so the two can be scored against one gold.
        assertThat(LabelledNews.raw(file).gold()).isEqualTo(set.data().gold());
    }

    @Test
    void saysWhichLineLacksAField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("docs.jsonl");
        Files.writeString(file, line("a", "x", "1", QUAKE_A) + "\n{\"id\": \"b\", \"text\": \"no cluster\"}\n");
        assertThatThrownBy(() -> LabelledNews.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("docs.jsonl:2").hasMessageContaining("\"cluster\"");
        assertThatThrownBy(() -> LabelledNews.load(dir.resolve("missing"))).isInstanceOf(IOException.class);
    }

    private static String line(String id, String cluster, String topic, String text) {
        return "{\"id\": \"" + id + "\", \"cluster\": \"" + cluster + "\", \"topic\": \"" + topic + "\", \"text\": \""
                + text + "\"}";
    }
}
