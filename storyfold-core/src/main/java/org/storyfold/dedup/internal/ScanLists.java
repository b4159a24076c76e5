package org.storyfold.dedup.internal;

import java.util.Set;

/**
 * The word lists the scanner and the fingerprints rely on: where a full stop does not end a
 * sentence, which characters close or open one, and which words carry no content.
 */
final class ScanLists {

    /**
     * Abbreviations whose full stop does not end a sentence, lower-case, without the stop. Single
     * letters (initials, the parts of "U.S.") are handled apart.
     */
    static final Set<String> ABBREVIATIONS = Set.of(
            // titles and ranks
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm",
            "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "cpl", "pvt", "brig", "fr",
            // name suffixes and companies
            "jr", "sr", "inc", "corp", "co", "ltd", "plc", "bros",
            // months and days
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
            // references
            "no", "nos", "vs", "v", "etc", "approx", "est", "dept", "univ", "assn", "ave", "blvd", "mt", "ft");

    /** Characters that may follow a sentence's final punctuation and still belong to it. */
    static final String CLOSERS = "\"'\u201D\u2019)]\u00BB";

    /** Punctuation that ends a sentence when followed by a space and a sentence start. */
    static final String TERMINALS = ".!?\u2026";

    /**
     * Function words: a word pair made only of these ("of the", "it was") says nothing about
     * which sentence it comes from, so it never makes a sentence fingerprint.
     */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "as", "into", "onto", "over", "under", "about", "after", "before", "than", "that",
            "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
            "might", "must", "shall", "he", "she", "they", "we", "you", "i", "him", "her", "them", "us",
            "his", "their", "our", "your", "my", "me", "who", "whom", "which", "what", "when", "where",
            "there", "here", "not", "no", "so", "if", "then", "also", "up", "out", "all", "some", "said",
            "says", "say");

    private ScanLists() {
    }
}
