package org.storyfold.dedup;

import java.util.Locale;

/** How a copy relates to its original. */
public enum CopyKind {
    /** The same words, perhaps with different spacing, punctuation or letter case. */
    EXACT,
    /** Mostly the original's sentences, with edits: cut, extended, re-spelled. */
    NEAR,
    /** An article of its own that reuses some of the original's sentences. */
    PARTIAL;

    /** The lower-case name used in the JSON format. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The weaker of two relations: a group is as close as its loosest link. */
    public CopyKind weaker(CopyKind other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
