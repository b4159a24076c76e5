package org.storyfold.app.server;

/**
 * A request the API cannot serve, with the HTTP status and the one-line message the client gets.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
