package org.storyfold;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of a stage for one input: either a value or a rejection with its reason.
 *
 * <p>Rejections (an empty file, a line that is not JSON, a page with no text) are expected values,
 * not exceptions; each stage reports them once and the run goes on with the rest.
 *
 * @param <T> the type of the value
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Rejected {

    /** A value produced for the input. */
    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An input that yielded no value; {@code source} names it (a path, or a path and line);
     * {@code page} is what a rejected page states about itself, or null when it states nothing.
     */
    record Rejected<T>(String source, String reason, PageFacts page) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            page = page == null || page.isEmpty() ? null : page;
        }

        /** A rejection of an input that states nothing about itself. */
        public Rejected(String source, String reason) {
            this(source, reason, null);
        }

        /** This rejection as the problem report the CLI and server print. */
        public Problem problem() {
            return new Problem(source, reason, page);
        }

        /** The same rejection, typed for a later stage. */
        public <U> Rejected<U> retype() {
            return new Rejected<>(source, reason, page);
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> rejected(String source, String reason) {
        return new Rejected<>(source, reason);
    }

    /** A rejected page, with what it states about itself ({@code page} may be null). */
    static <T> Outcome<T> rejected(String source, String reason, PageFacts page) {
        return new Rejected<>(source, reason, page);
    }

    /** Applies {@code f} to a value; passes a rejection on unchanged. */
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
        if (this instanceof Ok<T> ok) {
            return f.apply(ok.value());
        }
        return ((Rejected<T>) this).retype();
    }
}
