package org.storyfold.text;

import java.util.Set;

/**
 * English function words, which carry no topic: ignored when weighing what a text is about
 * (clustering, summary scores), never when comparing two printings of a sentence.
 */
public final class StopWords {

    private static final Set<String> ENGLISH = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
            "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
            "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
            "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
            "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
            "yourself", "yourselves", "s", "t", "may", "might", "must", "shall", "one", "two",
            "told", "say", "new", "last", "year", "years", "first", "since", "however", "according",
            "mr", "ms", "mrs", "like", "get", "got", "per", "percent", "many", "much", "well");

    private StopWords() {
    }

    public static boolean isStopWord(String token) {
        return ENGLISH.contains(token);
    }
}
