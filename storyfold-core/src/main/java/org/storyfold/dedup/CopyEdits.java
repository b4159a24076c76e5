package org.storyfold.dedup;

import java.io.Serializable;
import java.util.List;

/**
 * What a copy changed in the text it copies, sentence by sentence, with the systematic word
 * substitutions learned from its aligned sentences ("IS" → "Daesh" wherever the original says IS).
 * For a partial copy only the reprinted sentences count: {@code added} and {@code dropped} are
 * empty, since nearly all of both texts would be in them.
 *
 * @param added         the copy's sentences that the original does not print, in the copy's order
 * @param dropped       the original's sentences that the copy does not print, in the original's order
 * @param changed       sentences printed by both with different words, in the copy's order
 * @param substitutions word substitutions seen in two or more sentence pairs, most frequent first
 */
public record CopyEdits(List<String> added, List<String> dropped, List<ChangedSentence> changed,
                        List<Substitution> substitutions) implements Serializable {

    /** No edits: an exact copy. */
    public static final CopyEdits NONE = new CopyEdits(List.of(), List.of(), List.of(), List.of());

    public CopyEdits {
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        changed = List.copyOf(changed);
        substitutions = List.copyOf(substitutions);
    }

    /**
     * A sentence as the original prints it and as the copy does.
     *
     * @param original   the original's sentence
     * @param copy       the copy's sentence
     * @param similarity the Jaccard similarity of their word sets
     */
    public record ChangedSentence(String original, String copy, double similarity) implements Serializable {
    }

    /**
     * Words of the original replaced by other words in the copy, in {@code count} sentence pairs.
     *
     * @param from  the original's words, as printed the first time
     * @param to    the copy's words, as printed the first time
     * @param count in how many aligned sentence pairs the substitution was seen
     */
    public record Substitution(String from, String to, int count) implements Serializable {
    }
}
