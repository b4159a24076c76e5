package org.storyfold.spark;

import java.io.Serializable;
import org.storyfold.Problem;
import org.storyfold.extract.Article;

/**
 * One record read from the input: an extracted article or the problem that stopped it, with the
 * place it came from, which fixes the embedded pipeline's order (inputs as given, each folder's
 * files by path, a file's records in file order).
 *
 * @param input    the index of the input (file or folder) among those given
 * @param file     the file's path (a local path as the embedded pipeline prints it, other URIs as they are)
 * @param position the record's place in its file
 * @param article  the article, or null when {@code problem} is set
 * @param problem  why the record could not be used, or null
 */
public record Ingested(int input, String file, int position, Article article, Problem problem) implements Serializable {
}
