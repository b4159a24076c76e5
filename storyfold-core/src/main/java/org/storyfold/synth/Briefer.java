package org.storyfold.synth;

import java.util.List;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Writes the brief of one story from its articles, told by dedup which of them are copies of one
 * another so that a wire story printed by several outlets counts as one source.
 */
@FunctionalInterface
public interface Briefer {

    /**
     * The brief of the story made of {@code articles} (in story order, the likely original first).
     *
     * @param copies the duplicate groups among these articles; groups may also name articles of
     *               other stories, which are ignored
     */
    Brief brief(List<Article> articles, List<DuplicateGroup> copies);

    /** The brief of a story whose articles are known to be no copies of one another. */
    default Brief brief(List<Article> articles) {
        return brief(articles, List.of());
    }
}
