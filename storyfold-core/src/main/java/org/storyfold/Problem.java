package org.storyfold;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input that could not be used, and why: printed as one line, {@code source: reason}.
 *
 * @param source the file, or file and line, or record the problem concerns
 * @param reason a short human sentence, without the source
 * @param page   what a rejected page states about itself (title, day, authors, ...), or null
 */
public record Problem(String source, String reason, PageFacts page) implements Serializable {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem with an input that states nothing about itself. */
    public Problem(String source, String reason) {
        this(source, reason, null);
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
