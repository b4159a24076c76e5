package org.storyfold.synth;

import java.util.List;

/**
 * Reads the words around a mention for evidence of what it names: a title or a role beside it
 * ("Colonel", "spokesman John Smith", "Jane Doe, a senior official") for a person; a keyword
 * inside ("Council") or a noun after it ("the Islamic State group") for an organisation; a
 * keyword inside ("River"), a noun after it ("Kherson province") or before it ("the town of
 * Harmon"), or a preposition before it for a place. Stateless.
 */
final class EntityVotes {

    private static final int APPOSITIVE_REACH = 4;

    private EntityVotes() {
    }

    static Mention mention(int article, int sentence, List<Token> tokens, int from, int to, String surface,
                           boolean modifier, boolean titled) {
        int person = titled ? 3 : 0;
        int organisation = 0;
        int place = 0;
        for (int k = from; k < to; k++) {
            String lower = tokens.get(k).lower();
            if (EntityWords.ORGANISATION_KEYWORDS.contains(lower)) {
                organisation += 3;
            }
            if (EntityWords.PLACE_KEYWORDS.contains(lower)) {
                place += 3;
            }
        }
        if (to - from == 1 && MentionFinder.acronym(tokens.get(from).text())) {
            organisation += 1;
        }
        String before = from > 0 ? tokens.get(from - 1).lower() : "";
        String after = to < tokens.size() ? tokens.get(to).lower() : "";
        if (EntityWords.ROLES.contains(before) || EntityWords.TITLES.contains(before)) {
            person += 2;
        }
        if (EntityWords.PLACE_PREPOSITIONS.contains(before) && !modifier) {
            place += 1;
        }
        // "the town of Harmon", "the province of Idlib"
        if (before.equals("of") && from > 1 && EntityWords.PLACE_NOUNS.contains(tokens.get(from - 2).lower())
                && !modifier) {
            place += 2;
        }
        if (!modifier && EntityWords.ORGANISATION_NOUNS.contains(after)) {
            organisation += 2;
        }
        if (!modifier && EntityWords.PLACE_NOUNS.contains(after)) {
            place += 2;
        }
        if (after.equals(",") && appositiveRole(tokens, to + 1)) {
            person += 2;
        }
        if (to - from >= 2 && to - from <= 3 && SpeechWords.VERBS.contains(after) && organisation == 0 && place == 0) {
            person += 1;
        }
        return new Mention(article, sentence, from, to, surface, modifier, person, organisation, place);
    }

    /** Whether a role noun follows within a few words: ", a senior official of", ", spokeswoman for". */
    private static boolean appositiveRole(List<Token> tokens, int start) {
        for (int k = start; k < Math.min(tokens.size(), start + APPOSITIVE_REACH); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (EntityWords.ROLES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
