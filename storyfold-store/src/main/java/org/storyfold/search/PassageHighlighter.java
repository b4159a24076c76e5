package org.storyfold.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter reading match offsets from the index's postings (no text is
 * analysed again), returning {@link Highlight} values, over texts the caller already read with
 * the hit's other stored fields (the highlighter would read them a second time). It opens up the
 * method that returns the formatter's objects instead of strings, and takes the texts it is given.
 * Made per search, for that search's searcher and hits.
 */
final class PassageHighlighter extends UnifiedHighlighter {

    private static final MatchCountScorer SCORER = new MatchCountScorer();

    private final Map<Integer, String> texts = new HashMap<>();

    PassageHighlighter(IndexSearcher searcher, Analyzer analyzer, int maxChars) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new HighlightFormatter())
                .withMaxLength(maxChars).withWeightMatches(false).withBreakIterator(SentenceBreaks::new)
                .withScorer(SCORER));
    }

    /**
     * The passages of {@code field} that match {@code query} in each of {@code docs}, in order,
     * {@code texts[i]} being the stored value of the field in {@code docs[i]}.
     */
    @SuppressWarnings("unchecked")
    List<Highlight>[] passages(String field, Query query, int[] docs, String[] texts, int passages) throws IOException {
        for (int i = 0; i < docs.length; i++) {
            this.texts.put(docs[i], texts[i] == null ? "" : texts[i]);
        }
        Map<String, Object[]> out = highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {passages});
        Object[] perDoc = out.get(field);
        List<Highlight>[] result = new List[docs.length];
        for (int i = 0; i < docs.length; i++) {
            result[i] = perDoc[i] instanceof List<?> l ? (List<Highlight>) l : List.of();
        }
        return result;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        long chars = 0;
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String text = texts.getOrDefault(doc, "");
            values.add(new CharSequence[] {text});
            chars += text.length();
            if (chars > cacheCharsThreshold) {
                break; // As Lucene's own loader does: the highlighter asks again for the rest.
            }
        }
        return values;
    }
}
