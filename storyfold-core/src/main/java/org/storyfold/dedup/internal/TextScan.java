package org.storyfold.dedup.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One pass over an article's text that yields its comparison tokens as 64-bit hashes, cut into
 * sentences with their character extents, plus a hash of the whole token sequence for exact
 * duplicates. Tokens are exactly {@link org.storyfold.text.WordTokenizer}'s (lower-cased, without
 * diacritics or possessive {@code 's}, digit groups joined, {@code %} and {@code per cent} as
 * {@code percent}), hashed by {@link TokenHash}, but no string is built for a plain ASCII word.
 *
 * <p>Sentences end at a line break, or at {@code . ! ? …} (and any closing quotes or brackets)
 * followed by a space and something other than a lower-case letter, unless the full stop ends an
 * abbreviation or an initial, and after {@link #MAX_SENTENCE_WORDS} words (a list or a text
 * without punctuation is not one sentence). This rule-based cut, rather than the extract stage's OpenNLP
 * sentences, is what makes the index fast at a million articles and makes its fingerprints a
 * function of the text alone, whoever supplies the article. At most {@code maxSentences}
 * sentences are kept; the exact hash and word count cover the whole text. Immutable once built.
 */
public final class TextScan {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The longest sentence kept whole; a longer run of words is cut. */
    public static final int MAX_SENTENCE_WORDS = 400;

    private long[] tokens = new long[64];
    private int tokenCount;
    private int[] sentenceTokens = new int[9];
    private int[] charStart = new int[8];
    private int[] charEnd = new int[8];
    private int sentences;
    private long exactHash = 0x9E3779B97F4A7C15L;
    private int totalTokens;

    private TextScan() {
    }

    /** Scans {@code text}, keeping at most {@code maxSentences} sentences. */
    public static TextScan of(String text, int maxSentences) {
        TextScan scan = new TextScan();
        new Scanner(text, maxSentences, scan).run();
        return scan;
    }

    /** The number of sentences kept. */
    public int sentences() {
        return sentences;
    }

    /** The index of sentence {@code s}'s first token in {@link #tokens()}. */
    public int tokenStart(int s) {
        return sentenceTokens[s];
    }

    /** The index just past sentence {@code s}'s last token. */
    public int tokenEnd(int s) {
        return sentenceTokens[s + 1];
    }

    /** The offset of sentence {@code s}'s first character in the text. */
    public int charStart(int s) {
        return charStart[s];
    }

    /** The offset just past sentence {@code s}'s last character. */
    public int charEnd(int s) {
        return charEnd[s];
    }

    /** The token hashes of the kept sentences, in order; do not modify. */
    public long[] tokens() {
        return tokens;
    }

    /** How many of {@link #tokens()} are in use. */
    public int tokenCount() {
        return tokenCount;
    }

    /** Every token of the whole text, kept sentences or not. */
    public int totalTokens() {
        return totalTokens;
    }

    /** A hash of the whole token sequence: equal for texts that differ only in case, spacing and punctuation. */
    public long exactHash() {
        return exactHash;
    }

    /** The text of sentence {@code s}. */
    public String sentence(String text, int s) {
        return text.substring(charStart[s], charEnd[s]);
    }

    private void addToken(long hash, boolean keep) {
        if (!keep) {
            return;
        }
        if (tokenCount == tokens.length) {
            tokens = Arrays.copyOf(tokens, tokens.length * 2);
        }
        tokens[tokenCount++] = hash;
    }

    private void addSentence(int start, int end) {
        if (sentences == charStart.length) {
            sentenceTokens = Arrays.copyOf(sentenceTokens, sentences * 2 + 1);
            charStart = Arrays.copyOf(charStart, sentences * 2);
            charEnd = Arrays.copyOf(charEnd, sentences * 2);
        }
        charStart[sentences] = start;
        charEnd[sentences] = end;
        sentences++;
        sentenceTokens[sentences] = tokenCount;
    }

    /** The state of one scan. */
    private static final class Scanner {
        private final String text;
        private final int n;
        private final int maxSentences;
        private final TextScan out;
        private char[] word = new char[32];
        private int wordLength;
        /** Where the open sentence starts, or -1 when none is open. */
        private int sentenceStart = -1;
        private int sentenceTokens;
        /** Just past the last visible character seen. */
        private int visibleEnd;
        private long pending;
        private boolean hasPending;
        private int lastTokenEnd = -1;

        Scanner(String text, int maxSentences, TextScan out) {
            this.text = text;
            this.n = text.length();
            this.maxSentences = maxSentences;
            this.out = out;
        }

        void run() {
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    open(i);
                    i = word(i);
                } else if (c == '%') {
                    open(i);
                    token(TokenHash.PERCENT);
                    visibleEnd = ++i;
                } else if (c == '\n') {
                    close(visibleEnd);
                    i++;
                } else if (ScanLists.TERMINALS.indexOf(c) >= 0 && sentenceStart >= 0) {
                    i = terminal(i, c);
                } else {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        open(i);
                        visibleEnd = i + 1;
                    }
                    i++;
                }
            }
            close(visibleEnd);
            if (hasPending) {
                absorb(pending);
            }
        }

        private void open(int at) {
            if (sentenceStart < 0) {
                sentenceStart = at;
                sentenceTokens = 0;
            }
        }

        private void close(int end) {
            // A run of symbols only ("***", "—") has no tokens and is not a sentence.
            if (sentenceStart >= 0 && sentenceTokens > 0 && keeping()) {
                out.addSentence(sentenceStart, Math.max(end, sentenceStart));
            }
            sentenceStart = -1;
            sentenceTokens = 0;
        }

        private boolean keeping() {
            return out.sentences < maxSentences;
        }

        /** Handles final punctuation at {@code i}; returns where to go on. */
        private int terminal(int i, char c) {
            int j = i + 1;
            while (j < n && ScanLists.TERMINALS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            while (j < n && ScanLists.CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            visibleEnd = j;
            if (sentenceTokens == 0) {
                return j;
            }
            if (j >= n) {
                close(j);
                return j;
            }
            char after = text.charAt(j);
            if (!(Character.isWhitespace(after) || Character.isSpaceChar(after))) {
                return j;
            }
            int k = j;
            while (k < n && text.charAt(k) != '\n' && (Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k)))) {
                k++;
            }
            boolean startsNext = k >= n || text.charAt(k) == '\n' || !Character.isLowerCase(text.charAt(k));
            if (startsNext && !(c == '.' && j == i + 1 && abbreviationBefore(i))) {
                close(j);
            }
            return j;
        }

        /** Whether the word that ends right at {@code dot} is an abbreviation or an initial. */
        private boolean abbreviationBefore(int dot) {
            if (lastTokenEnd != dot || wordLength == 0) {
                return false;
            }
            if (wordLength == 1) {
                return Character.isLetter(word[0]);
            }
            return wordLength <= 6 && ScanLists.ABBREVIATIONS.contains(new String(word, 0, wordLength).toLowerCase(Locale.ROOT));
        }

        /** Reads the word starting at {@code i}, as WordTokenizer does; returns the index after it. */
        private int word(int i) {
            wordLength = 0;
            boolean ascii = true;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    if (c > 0x7f) {
                        ascii = false;
                    }
                    append(c);
                    i++;
                } else if ((c == ',' || c == '.') && i + 1 < n && isDigit(text.charAt(i + 1))
                        && wordLength > 0 && isDigit(word[wordLength - 1])) {
                    if (c == '.') {
                        append('.');
                    }
                    i++;
                } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    char next = text.charAt(i + 1);
                    boolean possessive = (next == 's' || next == 'S') && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
                    i += possessive ? 2 : 1;
                    if (possessive) {
                        break;
                    }
                } else {
                    break;
                }
            }
            visibleEnd = i;
            lastTokenEnd = i;
            token(ascii ? asciiHash() : slowHash());
            return i;
        }

        private long asciiHash() {
            long h = TokenHash.OFFSET;
            for (int k = 0; k < wordLength; k++) {
                char c = word[k];
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                h = (h ^ c) * TokenHash.PRIME;
            }
            return TokenHash.mix(h);
        }

        private long slowHash() {
            String token = new String(word, 0, wordLength).toLowerCase(Locale.ROOT);
            token = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
            return TokenHash.of(token);
        }

        private void append(char c) {
            if (wordLength == word.length) {
                word = Arrays.copyOf(word, word.length * 2);
            }
            word[wordLength++] = c;
        }

        /** A token: "per" followed by "cent" becomes "percent", as in WordTokenizer. */
        private void token(long hash) {
            boolean keep = keeping();
            if (hash == TokenHash.CENT && hasPending && pending == TokenHash.PER) {
                pending = TokenHash.PERCENT;
                if (keep && sentenceTokens > 0 && out.tokenCount > 0 && out.tokens[out.tokenCount - 1] == TokenHash.PER) {
                    out.tokens[out.tokenCount - 1] = TokenHash.PERCENT;
                }
                return;
            }
            if (hasPending) {
                absorb(pending);
            }
            pending = hash;
            hasPending = true;
            sentenceTokens++;
            out.addToken(hash, keep);
            if (sentenceTokens == MAX_SENTENCE_WORDS) {
                close(visibleEnd);
            }
        }

        private void absorb(long hash) {
            out.exactHash = TokenHash.mix(out.exactHash * 0x9E3779B97F4A7C15L + hash);
            out.totalTokens++;
        }

        private static boolean isWordChar(char c) {
            if (c < 0x80) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }
            return Character.isLetterOrDigit(c);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019' || c == '\u02BC';
        }
    }
}
