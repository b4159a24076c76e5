package org.storyfold.extract;

import java.util.List;
import java.util.Optional;
import org.storyfold.text.Sentence;

/**
 * Tells an article from a page that only looks like one, by its prose: running text that states
 * something to no one in particular. A login wall, an error page, a video player's message or a
 * sign-up box speaks to the reader instead ("Sign in to keep reading.", "Your session has
 * expired."); once the furniture is gone, such a page is short, has less than a couple of sentences
 * of prose, and more words to the reader than prose. A page of data (a table, a calendar, a list)
 * has little running text and is left to the extractor, as are a one-line brief that is all prose
 * and a long page written to the reader (a guide, a product page). Only generic signals count (a
 * sentence's length, its closing punctuation, its share of lower-case words, whether it speaks to
 * the reader or is a page's own notice that its content is unavailable), never one site's wording.
 * Stateless and thread-safe.
 */
final class ArticleProse {

    /** Running text has at least this many words to a sentence: shorter lines are labels and buttons. */
    static final int MIN_SENTENCE_WORDS = 6;
    /**
     * ... and this share of words starting lower-case, which running text has and headlines in
     * title case, table rows, lists of names and shouted labels lack; scripts without case are exempt.
     */
    static final double MIN_LOWER_CASE_SHARE = 0.4;
    /** An article states at least this many words in prose (about two sentences) ... */
    static final int MIN_PROSE_WORDS = 20;
    /** ... unless it has more running text than this: walls, notices and players are short. */
    static final int MAX_WALL_WORDS = 100;
    /**
     * A sentence to the reader, or a notice that the content is unavailable or failed
     * ({@link Furniture#isUnavailableNotice}), counts from this many words when it closes like a sentence:
     * such a message is often short ("Please try again later.").
     */
    static final int MIN_NOTICE_WORDS = 3;

    private static final String CLOSING = "\"'”’»)]";
    /**
     * Full stops: the Latin ".", the CJK "。", and those of scripts that write their own: Armenian
     * "։", Devanagari "।" and "॥", Urdu "۔", Ethiopic "።", Burmese "။" ({@link #isFullStop}).
     */
    private static final String FULL_STOPS = ".。։।॥۔።။";
    /** Marks that close a sentence: the {@link #FULL_STOPS}, and the Latin, CJK and Arabic question and exclamation marks. */
    private static final String TERMINAL = "!?…！？؟" + FULL_STOPS;

    private ArticleProse() {
    }

    /**
     * Whether a mark is a full stop ("." "。" "।" "։" ...): a line that ends on one is a sentence, not
     * a headline. A question or exclamation mark is not one: a headline may end on it.
     */
    static boolean isFullStop(char c) {
        return FULL_STOPS.indexOf(c) >= 0;
    }

    /** Why the text of these sentences is not an article, or empty if it may be one. */
    static Optional<String> notAnArticle(List<Sentence> sentences) {
        int prose = 0;
        int toTheReader = 0;
        int running = 0;
        for (Sentence s : sentences) {
            String text = s.text();
            if (Furniture.READER_ADDRESS.matcher(text).find() || Furniture.isUnavailableNotice(text)) {
                int words = runningWords(text, endsLikeASentence(text) ? MIN_NOTICE_WORDS : MIN_SENTENCE_WORDS);
                running += words;
                toTheReader += words;
            } else {
                int words = runningWords(text, MIN_SENTENCE_WORDS);
                running += words;
                if (endsLikeASentence(text)) {
                    prose += words;
                }
            }
            if (prose >= MIN_PROSE_WORDS || running > MAX_WALL_WORDS) {
                return Optional.empty(); // both only grow: the page is kept whatever follows
            }
        }
        if (toTheReader <= prose) {
            return Optional.empty();
        }
        return Optional.of(prose == 0 ? "not an article: no prose, " + toTheReader + " words to the reader"
                : "not an article: " + prose + " words of prose, " + toTheReader + " to the reader");
    }

    /** The words of the sentence if it is running text of at least {@code minWords} words, else 0. */
    static int runningWords(String sentence, int minWords) {
        int words = 0;
        int cased = 0;
        int lower = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); ) {
            int cp = sentence.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspaced(cp)) {
                // Scripts written without spaces: each character stands for about a word.
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    if (Character.isLowerCase(cp)) {
                        lower++;
                        cased++;
                    } else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                        cased++;
                    }
                }
                inWord = true;
            } else if (!(inWord && (cp == '\'' || cp == '’' || cp == '-'))) {
                inWord = false;
            }
        }
        if (words < minWords || cased > 0 && lower < MIN_LOWER_CASE_SHARE * cased) {
            return 0;
        }
        return words;
    }

    private static boolean endsLikeASentence(String sentence) {
        int end = sentence.length();
        while (end > 0 && (CLOSING.indexOf(sentence.charAt(end - 1)) >= 0 || Character.isWhitespace(sentence.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && TERMINAL.indexOf(sentence.charAt(end - 1)) >= 0;
    }

    private static boolean isUnspaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
