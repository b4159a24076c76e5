package org.storyfold.bench.dedup;

import java.time.LocalDate;
import org.storyfold.extract.Article;

/** One article of a synthetic corpus, as written to {@code articles.jsonl}. */
public record CorpusArticle(String id, String title, LocalDate published, String outlet, String credit, String text) {

    /** The article as the dedup stage takes it: text and metadata, sentences left to the index. */
    public Article toArticle() {
        return new Article(id, id, null, title, published, outlet, credit, null, text, java.util.List.of(),
                java.util.List.of(), java.util.List.of());
    }
}
