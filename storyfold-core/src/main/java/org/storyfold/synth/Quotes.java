package org.storyfold.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of a sentence inside quotation marks: curly marks open and close, straight
 * double marks and doubled apostrophes alternate, a closing mark with no opening one quotes all
 * before it (the quotation began in an earlier sentence), and an opening mark with no closing one
 * quotes all after it. Stateless.
 */
final class Quotes {

    /** One quoted span: its first and just-past-last tokens, without the marks. */
    record Span(int from, int to, boolean opened, boolean closed) {
    }

    private Quotes() {
    }

    static List<Span> spans(List<Token> t) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        boolean first = true;
        for (int k = 0; k < t.size(); k++) {
            Token tok = t.get(k);
            if (!tok.isQuoteMark()) {
                continue;
            }
            String m = tok.text();
            boolean opening = m.equals("“") || m.equals("„") || m.equals("«") || m.equals("``");
            boolean closing = m.equals("”") || m.equals("»");
            if (!opening && !closing) {
                opening = open < 0;
                closing = !opening;
                if (opening && first && k > 0 && !startsQuote(t, k)) {
                    opening = false;
                    closing = true;
                }
            }
            if (opening && open < 0) {
                open = k;
            } else if (closing) {
                out.add(new Span(open < 0 ? 0 : open + 1, k, open >= 0, true));
                open = -1;
            }
            first = false;
        }
        if (open >= 0) {
            out.add(new Span(open + 1, t.size(), true, false));
        }
        return out;
    }

    /** Which tokens stand inside quotation marks. */
    static boolean[] mask(List<Token> t) {
        boolean[] inside = new boolean[t.size()];
        for (Span s : spans(t)) {
            for (int k = s.from(); k < s.to(); k++) {
                inside[k] = true;
            }
        }
        return inside;
    }

    /** A straight mark opens a quotation when a word follows it and none precedes it closely. */
    private static boolean startsQuote(List<Token> t, int k) {
        boolean wordAfter = k + 1 < t.size() && t.get(k + 1).isWord();
        boolean wordBefore = t.get(k - 1).isWord() && t.get(k - 1).end() == t.get(k).start();
        return wordAfter && !wordBefore;
    }
}
