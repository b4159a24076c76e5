package org.storyfold.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.text.WordTokenizer;

class TextScanTest {

    @Test
    void hashesExactlyTheTokensOfWordTokenizerOnRealArticles() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(TestData.shared().resolve("eval/multinews-dev/docs.jsonl"))) {
            texts.add(json.readTree(line).get("text").asText());
        }
        try (var seeds = Files.list(TestData.seeds())) {
            for (Path p : seeds.toList()) {
                texts.add(Files.readString(p));
            }
        }
        texts.add("It rose 90 per cent, or 1,500.5 points, in Zürich's café — l’Élysée said 12% don't.");
        assertThat(texts).hasSizeGreaterThan(690);
        for (String text : texts) {
            TextScan scan = TextScan.of(text, 100_000);
            long[] expected = WordTokenizer.tokens(text).stream().mapToLong(TokenHash::of).toArray();
            long[] kept = java.util.Arrays.copyOf(scan.tokens(), scan.tokenCount());
            assertThat(kept).as(text.substring(0, Math.min(80, text.length()))).containsExactly(expected);
            assertThat(scan.totalTokens()).isEqualTo(expected.length);
        }
    }

    @Test
    void cutsSentencesAtFinalPunctuationButNotAfterAbbreviationsOrInitials() {
        String text = "Mr. Smith met U.S. officials on Jan. 5 in Washington. “We agreed,” he said. It was 3.5 per cent!\n"
                + "A title without a stop\nWhy? Nobody knows... the end.";
        TextScan scan = TextScan.of(text, 100);
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < scan.sentences(); s++) {
            sentences.add(scan.sentence(text, s));
        }
        assertThat(sentences).containsExactly(
                "Mr. Smith met U.S. officials on Jan. 5 in Washington.",
                "“We agreed,” he said.",
                "It was 3.5 per cent!",
                "A title without a stop",
                "Why?",
                "Nobody knows... the end.");
    }

    @Test
    void keepsAtMostTheSentencesAskedButHashesTheWholeText() {
        String text = "One two three. Four five six. Seven eight nine.";
        TextScan all = TextScan.of(text, 100);
        TextScan two = TextScan.of(text, 2);
        assertThat(two.sentences()).isEqualTo(2);
        assertThat(two.tokenCount()).isEqualTo(6);
        assertThat(two.totalTokens()).isEqualTo(9);
        assertThat(two.exactHash()).isEqualTo(all.exactHash());
        assertThat(TextScan.of("ONE two, three.  Four five six! Seven eight nine", 100).exactHash()).isEqualTo(all.exactHash());
        assertThat(TextScan.of("One two three. Four five six. Seven eight ten.", 100).exactHash()).isNotEqualTo(all.exactHash());
    }

    @Test
    void cutsARunOfWordsWithoutPunctuationIntoBoundedSentences() {
        String text = "word ".repeat(1000);
        TextScan scan = TextScan.of(text, 100);
        assertThat(scan.sentences()).isEqualTo(3);
        assertThat(scan.tokenEnd(0) - scan.tokenStart(0)).isEqualTo(TextScan.MAX_SENTENCE_WORDS);
        assertThat(scan.tokenEnd(2) - scan.tokenStart(2)).isEqualTo(1000 - 2 * TextScan.MAX_SENTENCE_WORDS);
        assertThat(scan.totalTokens()).isEqualTo(1000);
    }

    @Test
    void givesNothingForTextWithoutWords() {
        TextScan scan = TextScan.of("  — *** —\n\n", 100);
        assertThat(scan.sentences()).isZero();
        assertThat(scan.totalTokens()).isZero();
    }
}
