package org.storyfold.dedup;

import java.util.List;
import org.storyfold.extract.Article;

/** Finds the families of copies among articles. */
@FunctionalInterface
public interface Deduplicator {

    /** The duplicate groups among {@code articles}; articles in no group are not mentioned. */
    List<DuplicateGroup> deduplicate(List<Article> articles);
}
