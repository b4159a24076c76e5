package org.storyfold.cluster;

import java.util.Set;

/**
 * The word lists behind proper-name recognition, as data: capitalised words that are not names,
 * small words that may join the parts of one name, and titles that precede a name without being
 * part of it. All lower-case.
 */
final class NameHeuristics {

    private NameHeuristics() {
    }

    /** Capitalised because of the calendar, not because they name someone or something in the story. */
    static final Set<String> CALENDAR = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow");

    /** Titles and honorifics: dropped from the front of a name ("President Macron" is "Macron"). */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
            "president", "vice", "prime", "minister", "chancellor", "governor", "gov", "senator", "sen",
            "rep", "representative", "mayor", "judge", "justice", "king", "queen", "prince", "princess",
            "pope", "general", "gen", "col", "colonel", "capt", "captain", "lt", "sgt", "officer",
            "secretary", "chairman", "chief", "ceo", "director", "spokesman", "spokeswoman", "st");

    /** Lower-case words that may stand inside one name: "Bank of England", "Abu Bakr al-Baghdadi". */
    static final Set<String> CONNECTORS = Set.of(
            "of", "de", "del", "della", "di", "da", "dos", "du", "des", "la", "le", "van", "von", "der",
            "den", "al", "el", "bin", "ibn", "y", "the");

    /** Capitalised interjections and page words that start lines of web text but name nothing. */
    static final Set<String> NOT_NAMES = Set.of(
            "advertisement", "photo", "photos", "video", "videos", "image", "images", "click", "read",
            "share", "tweet", "email", "related", "getty", "file", "update", "updated", "editor", "note",
            "yes", "no", "oh", "ok", "okay", "please", "thanks", "thank", "sorry", "hello", "hi", "well",
            "continue", "story", "subscribe", "sign", "watch", "listen", "follow", "like", "comment",
            "comments", "reporting", "writing", "editing", "copyright");
}
