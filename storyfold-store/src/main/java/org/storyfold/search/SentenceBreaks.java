package org.storyfold.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for cutting highlighted passages, found by a single scan: after a full stop,
 * question or exclamation mark (and any closing quotes or brackets) followed by a space, and at
 * every line or paragraph break. Written for the highlighter rather than using the JDK's sentence
 * iterator, whose rule tables made cutting passages most of a search's cost; news text, already
 * split into paragraphs, needs no more than this. Not thread-safe: one per highlighted field.
 */
final class SentenceBreaks extends BreakIterator {

    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int count = 1;
    private int at;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        int begin = newText.getBeginIndex();
        int end = newText.getEndIndex();
        int[] found = new int[16];
        int n = 0;
        found[n++] = begin;
        boolean afterStop = false;
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            int i = newText.getIndex();
            if (c == '\n' || c == '\u2029') {
                if (i + 1 > found[n - 1] && i + 1 < end) {
                    found = add(found, n++, i + 1);
                }
                afterStop = false;
            } else if (c == '.' || c == '!' || c == '?') {
                afterStop = true;
            } else if (afterStop && Character.isWhitespace(c)) {
                if (i + 1 < end) {
                    found = add(found, n++, i + 1);
                }
                afterStop = false;
            } else if (afterStop && "\"'”’)]".indexOf(c) < 0) {
                afterStop = false;
            }
        }
        if (found[n - 1] != end) {
            found = add(found, n++, end);
        }
        bounds = found;
        count = n;
        at = 0;
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
            result = n > 0 ? next() : previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (at >= count - 1) {
            return DONE;
        }
        return bounds[++at];
    }

    @Override
    public int previous() {
        if (at <= 0) {
            return DONE;
        }
        return bounds[--at];
    }

    @Override
    public int following(int offset) {
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= count) {
            at = count - 1;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    @Override
    public int current() {
        return bounds[at];
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    private static int[] add(int[] array, int n, int value) {
        int[] out = n == array.length ? Arrays.copyOf(array, n * 2) : array;
        out[n] = value;
        return out;
    }
}
