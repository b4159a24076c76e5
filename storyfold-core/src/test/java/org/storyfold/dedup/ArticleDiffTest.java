package org.storyfold.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Article;
import org.storyfold.extract.ArticleExtractor;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

/** What a copy changed, on two printings of the same wire sentences. */
class ArticleDiffTest {

    @Test
    void marksOnlyTheWordsAReprintChanged() {
        WordDiff.Pair p = WordDiff.of("Dozens of Islamic State (IS) group fighters have surrendered in Raqa.",
                "Dozens of Daesh fighters have surrendered in Raqqa.");
        assertThat(changed(p.left())).containsExactly("Islamic State (IS) group ", "Raqa.");
        assertThat(changed(p.right())).containsExactly("Daesh ", "Raqqa.");
        assertThat(joined(p.left())).isEqualTo("Dozens of Islamic State (IS) group fighters have surrendered in Raqa.");
        assertThat(joined(p.right())).isEqualTo("Dozens of Daesh fighters have surrendered in Raqqa.");
        assertThat(p.changed()).isTrue();
    }

    @Test
    void seesApostrophesAndLetterCaseAsTheSameWord() {
        WordDiff.Pair p = WordDiff.of("They hold Raqqa's old city.", "They Hold Raqqa’s old city.");
        assertThat(p.changed()).isFalse();
        assertThat(p.right()).singleElement().extracting(WordDiff.Run::text).isEqualTo("They Hold Raqqa’s old city.");
    }

    @Test
    void linesUpACopyWithItsOriginalSentenceBySentence() {
        Article original = article("wire", "The council met on Monday. It approved the new bridge after a long debate."
                + " Work will start in May.");
        Article copy = article("copy", "The council met on Monday. It approved the bridge after a short debate."
                + " Residents were pleased with the decision.");
        ArticleDiff d = new SentenceDiff(StoryfoldConfig.defaults().dedup()).compare(original, copy);
        assertThat(d.rows()).extracting(ArticleDiff.Row::change).containsExactly(ArticleDiff.Change.SAME,
                ArticleDiff.Change.EDITED, ArticleDiff.Change.ADDED, ArticleDiff.Change.CUT);
        assertThat(joined(d.rows().get(3).original())).isEqualTo("Work will start in May.");
        assertThat(d.similarity()).isBetween(0.5, 0.8);
    }

    private static Article article(String id, String text) {
        Outcome<Article> a = new ArticleExtractor().extract(RawDocument.of(id, id, ContentType.TEXT, text));
        return ((Outcome.Ok<Article>) a).value();
    }

    private static List<String> changed(List<WordDiff.Run> runs) {
        return runs.stream().filter(WordDiff.Run::changed).map(WordDiff.Run::text).toList();
    }

    private static String joined(List<WordDiff.Run> runs) {
        return runs.stream().map(WordDiff.Run::text).collect(Collectors.joining());
    }
}
