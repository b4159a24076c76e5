package org.storyfold.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.text.SentenceAligner;
import org.storyfold.text.WordTokenizer;
import org.storyfold.text.Words;

/**
 * Fills a word budget from sentences in order of preference, as storyfold's summary does: a
 * sentence that would exceed the budget is skipped and the next one tried, and a sentence that
 * repeats one already taken (token Jaccard at least 0.5, the brief's own test for one sentence
 * printed twice) is skipped, so that no system gains or loses by printing a copy twice.
 */
final class SummaryPacking {

    private static final double REPEAT = 0.5;

    private SummaryPacking() {
    }

    static List<String> pack(List<String> ranked, int budget) {
        List<String> chosen = new ArrayList<>();
        List<Set<String>> chosenTokens = new ArrayList<>();
        int words = 0;
        for (String s : ranked) {
            int length = Words.count(s);
            if (words + length > budget) {
                continue;
            }
            Set<String> tokens = new HashSet<>(WordTokenizer.tokens(s));
            if (chosenTokens.stream().anyMatch(t -> SentenceAligner.jaccard(t, tokens) >= REPEAT)) {
                continue;
            }
            chosen.add(s);
            chosenTokens.add(tokens);
            words += length;
        }
        return chosen;
    }
}
