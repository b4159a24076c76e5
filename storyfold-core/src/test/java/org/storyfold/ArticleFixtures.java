package org.storyfold;

import java.time.LocalDate;
import java.util.List;
import org.storyfold.extract.Article;
import org.storyfold.text.SentenceSplitter;

/** Articles made from text, for stage tests that need more than the seeds. */
public final class ArticleFixtures {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private ArticleFixtures() {
    }

    public static Article article(String id, String text) {
        return article(id, null, null, text);
    }

    public static Article article(String id, String title, LocalDate published, String text) {
        return article(id, title, published, null, null, text);
    }

    /** An article of an outlet, crediting an agency (either may be null). */
    public static Article article(String id, String title, LocalDate published, String outlet, String credit,
                                  String text) {
        return new Article(id, id + ".txt", null, title, published, outlet, credit, null, text, List.of(), List.of(),
                SPLITTER.split(text));
    }
}
