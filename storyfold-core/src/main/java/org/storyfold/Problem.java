package org.storyfold;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input that could not be used, and why: printed as one line, {@code source: reason}.
 *
 * @param source the file, or file and line, or record the problem concerns
 * @param reason a short human sentence, without the source
 */
public record Problem(String source, String reason) implements Serializable {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
