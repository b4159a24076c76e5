package org.storyfold.store;

import java.util.List;
import org.storyfold.extract.Article;

/**
 * Finds the copies of new articles among themselves and the stored ones.
 *
 * <p>Contract: the returned {@link CopyUpdate} names the articles it examined: every fresh
 * article, and stored articles together with every member of each stored group they belong to.
 * Its groups, all within the examined articles, are the new state of the copies among them: they
 * replace every stored group whose members were examined. Groups may share members (an original
 * reprinted in full by some and in part by others heads two groups).
 */
@FunctionalInterface
public interface CopyFinder {

    CopyUpdate copiesOf(List<Article> fresh, StoredCollection stored);
}
