package org.storyfold.synth;

import java.util.regex.Pattern;
import org.storyfold.text.Words;

/**
 * Decides which sentences a brief may cite: complete sentences (ending with a full stop, question
 * or exclamation mark, perhaps inside closing quotes or brackets) of at least the configured
 * number of words, which keeps out headings, captions and page furniture that slipped through
 * extraction. Stateless and thread-safe.
 */
public final class Citable {

    private static final Pattern COMPLETE_SENTENCE = Pattern.compile(".*[.!?][\"”’')\\]]*$", Pattern.DOTALL);

    private Citable() {
    }

    /** Whether {@code sentence} may stand in a brief under {@code config}. */
    public static boolean test(String sentence, BriefConfig config) {
        return Words.count(sentence) >= config.minSentenceWords() && COMPLETE_SENTENCE.matcher(sentence).matches();
    }
}
