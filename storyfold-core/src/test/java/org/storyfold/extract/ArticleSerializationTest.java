package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.text.Sentence;

/** Articles cross Spark's shuffles by Java serialisation: whole, and with their text written once. */
class ArticleSerializationTest {

    @Test
    void seedArticlesComeBackEqualWithEachSentenceWrittenOnce() throws Exception {
        for (Article article : TestData.seedArticles().values()) {
            byte[] bytes = serialise(article);
            assertThat(deserialise(bytes)).as(article.id()).isEqualTo(article);
            // The longest plain-ASCII sentence (whose bytes are the same in modified UTF-8) occurs once.
            Sentence longest = article.sentences().stream()
                    .filter(s -> s.text().chars().allMatch(c -> c < 128))
                    .max(Comparator.comparingInt(s -> s.text().length())).orElseThrow();
            assertThat(occurrences(bytes, longest.text().getBytes(StandardCharsets.US_ASCII)))
                    .as(article.id() + ": " + longest.text()).isEqualTo(1);
            assertThat(bytes.length).as(article.id())
                    .isLessThan(article.text().getBytes(StandardCharsets.UTF_8).length
                            + serialise(article.removed().toArray()).length + 4_000);
        }
    }

    @Test
    void sentencesThatAreNotSpansOfTheTextComeBackAsThemselves() throws Exception {
        String text = "Fighters left the city on Sunday.\nThe coalition said so.";
        List<Sentence> sentences = List.of(new Sentence("Fighters left the city on Sunday.", 0, 33, 0),
                new Sentence("The coalition said so (edited).", 34, 56, 1));
        Article article = new Article("a1", "test", null, "Title", LocalDate.of(2017, 10, 15), null, null, null, text,
                List.of(new RemovedLine("Share this", "share buttons")), List.of(), sentences, null, List.of("Jane Doe"),
                "en", null, OffsetDateTime.parse("2017-10-15T23:30-04:00"));
        Article copy = deserialise(serialise(article));
        assertThat(copy).isEqualTo(article);
        assertThat(copy.sentences().get(1).text()).isEqualTo("The coalition said so (edited).");
        assertThat(copy.publishedTime()).isEqualTo(OffsetDateTime.parse("2017-10-15T23:30-04:00"));
    }

    private static byte[] serialise(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static Article deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Article) in.readObject();
        }
    }

    private static int occurrences(byte[] haystack, byte[] needle) {
        int count = 0;
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }
}
