package org.storyfold.store;

/**
 * The store cannot be used or written: the data folder is in use by another process, was written
 * by a newer storyfold, or the disk failed. The message is one line naming the path and reason.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
