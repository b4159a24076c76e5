package org.storyfold.synth;

import java.util.List;
import org.storyfold.extract.Article;

/** Writes the brief of one story from its articles. */
@FunctionalInterface
public interface Briefer {

    /** The brief of the story made of {@code articles} (in story order). */
    Brief brief(List<Article> articles);
}
