package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextToolsTest {

    @Test
    void foldsHouseStylesIntoTheSameTokens() {
        assertThat(WordTokenizer.tokens("captured around 90 per cent of the city"))
                .isEqualTo(WordTokenizer.tokens("captured around 90% of the city"))
                .isEqualTo(WordTokenizer.tokens("Captured around 90 percent of the city."));
        assertThat(WordTokenizer.tokens("Up to 1,500 civilians")).containsExactly("up", "to", "1500", "civilians");
        assertThat(WordTokenizer.tokens("Raqa’s fall, the group's caliphate")).containsExactly("raqa", "fall", "the", "group", "caliphate");
        assertThat(WordTokenizer.tokens("Café in Zürich, 2.5 km")).containsExactly("cafe", "in", "zurich", "2.5", "km");
        assertThat(WordTokenizer.tokens("")).isEmpty();
    }

    @Test
    void givesTheSameTokensAsCharactersWhateverTheCaseOrScript() {
        String text = "per cent per cent % cent 1,500 3.5% Ab-Cd al-Assad O'Brien's SÃO Paulo ÅNGSTRÖM "
                + "İstanbul ΣΑΣ Straße AN ASCII WORD then ONEWORDLONGERTHANTHIRTYTWOCHARACTERSOFTHEBUFFER";
        List<String> asCharacters = new java.util.ArrayList<>();
        WordTokenizer.forEachTokenChars(text, (chars, length) -> asCharacters.add(new String(chars, 0, length)));
        assertThat(asCharacters).isEqualTo(WordTokenizer.tokens(text)).startsWith("percent", "percent", "percent", "cent",
                "1500", "3.5", "percent", "ab", "cd", "al", "assad", "obrien", "sao", "paulo", "angstrom", "istanbul",
                "σας", "straße", "an", "ascii", "word");
        assertThat(asCharacters.get(asCharacters.size() - 1)).isEqualTo("onewordlongerthanthirtytwocharactersofthebuffer");
    }

    @Test
    void normalisesSpacesAndInvisibleCharactersAndReportsRepairs() {
        NormalizedText n = new TextNormalizer().normalize("Syria\u00a0s Raqa\u200b  and\u00a0the coalition\u00a0s  statement\r\n  next line ");
        assertThat(n.text()).isEqualTo("Syria's Raqa and the coalition's statement\nnext line");
        assertThat(n.repairs()).containsExactly("restored 2 apostrophes lost as no-break spaces");
        NormalizedText clean = new TextNormalizer().normalize("Plain text.");
        assertThat(clean.repairs()).isEmpty();
    }

    @Test
    void splitsSentencesWithinParagraphsOnly() {
        List<Sentence> s = new SentenceSplitter().split("The U.S. army moved. It said so.\n\nA heading without a stop\n\nLast one.");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("The U.S. army moved.", "It said so.", "A heading without a stop", "Last one.");
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 2);
    }

    @Test
    void alignsEditedPrintingsOfASentenceButNotDifferentSentences() {
        SentenceAligner aligner = new SentenceAligner(0.5);
        List<Set<String>> left = SentenceAligner.tokenSets(new SentenceSplitter().split(
                "Dozens of IS fighters have surrendered in Raqa, the coalition said on Saturday. The UN is worried."));
        List<Set<String>> right = SentenceAligner.tokenSets(new SentenceSplitter().split(
                "Dozens of Daesh fighters have surrendered in Raqqa, the coalition said Saturday. Prices rose in Paris."));
        List<SentenceAligner.Match> matches = aligner.align(left, right);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.left()).isZero();
            assertThat(m.right()).isZero();
            assertThat(m.similarity()).isBetween(0.5, 0.9);
        });
    }

    @Test
    void countsWordsAsRunsOfLettersAndDigits() {
        assertThat(Words.count("Up to 1,500 civilians — in Raqa’s east.")).isEqualTo(7);
    }
}
