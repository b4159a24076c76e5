package org.storyfold.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter reading match offsets from the index's postings (no text is
 * analysed again), returning {@link Highlight} values: it only opens up the method that returns
 * the formatter's objects instead of strings. Made per search, for that search's searcher.
 */
final class PassageHighlighter extends UnifiedHighlighter {

    PassageHighlighter(IndexSearcher searcher, Analyzer analyzer, int maxChars) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new HighlightFormatter())
                .withMaxLength(maxChars).withWeightMatches(false));
    }

    /** The passages of {@code field} that match {@code query} in each of {@code docs}, in order. */
    @SuppressWarnings("unchecked")
    List<Highlight>[] passages(String field, Query query, int[] docs, int passages) throws IOException {
        int[] max = new int[] {passages};
        Map<String, Object[]> out = highlightFieldsAsObjects(new String[] {field}, query, docs, max);
        Object[] perDoc = out.get(field);
        List<Highlight>[] result = new List[docs.length];
        for (int i = 0; i < docs.length; i++) {
            result[i] = perDoc[i] instanceof List<?> l ? (List<Highlight>) l : List.of();
        }
        return result;
    }
}
