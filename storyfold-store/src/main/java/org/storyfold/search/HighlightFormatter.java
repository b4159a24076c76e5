package org.storyfold.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as {@link Highlight} values (text plus match offsets) rather
 * than as markup, so that no article text is ever turned into HTML on the way to a page.
 */
final class HighlightFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<Highlight> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            String raw = content.substring(start, end);
            int lead = raw.length() - raw.stripLeading().length();
            String text = raw.strip();
            List<Highlight.Span> spans = new ArrayList<>(p.getNumMatches());
            int last = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(p.getMatchStarts()[i] - start - lead, 0);
                int e = Math.min(p.getMatchEnds()[i] - start - lead, text.length());
                if (s >= last && e > s) {
                    spans.add(new Highlight.Span(s, e));
                    last = e;
                }
            }
            out.add(new Highlight(text, spans));
        }
        return out;
    }
}
