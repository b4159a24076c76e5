package org.storyfold.store;

import java.util.List;
import org.storyfold.extract.Article;

/**
 * Finds the copies of new articles among themselves and the stored ones.
 *
 * <p>Contract: the returned {@link CopyUpdate} names the articles it examined: every fresh
 * article, and stored articles together with every member of each stored group they belong to
 * (closed: a stored group with one examined member has all its members examined). Its groups, all
 * within the examined articles, are the new state of the copies among them: they replace every
 * stored group whose members were examined, so a stored group the batch left alone is returned
 * among the kept ones. Groups may share members (an original reprinted in full by some and in
 * part by others heads two groups). Called by one thread at a time, once per batch, in the order
 * the batches are committed.
 */
@FunctionalInterface
public interface CopyFinder {

    CopyUpdate copiesOf(List<Article> fresh, StoredCollection stored);
}
