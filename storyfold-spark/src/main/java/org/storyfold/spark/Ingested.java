package org.storyfold.spark;

import java.io.Serializable;
import org.storyfold.Problem;
import org.storyfold.extract.Article;

/**
 * One record read from the input: an extracted article or the problem that stopped it.
 *
 * @param article  the article, or null when {@code problem} is set
 * @param problem  why the record could not be used, or null
 */
record Ingested(Article article, Problem problem) implements Serializable {
}
