package org.storyfold.app;

/** A mistake in how storyfold was called, or an environment it cannot work in: one line, an exit code. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static UserError usage(String message) {
        return new UserError(message, Failures.USAGE);
    }

    int exitCode() {
        return exitCode;
    }
}
