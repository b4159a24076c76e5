package org.storyfold.app.server;

/**
 * The heap that uploads may take at once while they are stored. Each upload takes a share before
 * its body is read, by the length it declares, or step by step as the bytes of a body sent in
 * chunks arrive, and gives it back when it is answered. An upload the budget cannot cover is
 * refused before anything of it is stored: with 503 if it would fit once other uploads are done,
 * with 413 if it could never fit. Thread-safe.
 */
final class UploadBudget {

    /**
     * Heap an upload takes while it is stored, per byte of its body: a batch of its documents,
     * their extracted articles with sentences and tokens, the batch's copies and stories, and the
     * briefs it changed. Measured with {@code storyfold-bench harden uploads} (docs/hardening.md).
     */
    static final int HEAP_PER_BODY_BYTE = 8;
    /** How much more a body sent in chunks reserves each time it outgrows its share. */
    static final long CHUNKED_STEP = 256 * 1024;
    /** Seconds a refused upload is told to wait before it is sent again. */
    static final int RETRY_SECONDS = 5;

    private final long capacity;
    private long taken;

    /** A budget of {@code capacity} bytes of heap. */
    UploadBudget(long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** An empty share, to grow with {@link Share#cover}; closing it gives back what it took. */
    Share share() {
        return new Share();
    }

    /** Heap reserved now, in bytes. */
    synchronized long taken() {
        return taken;
    }

    private synchronized boolean take(long bytes) {
        if (taken + bytes > capacity) {
            return false;
        }
        taken += bytes;
        return true;
    }

    private synchronized void give(long bytes) {
        taken -= bytes;
    }

    /** One upload's part of the budget. Used by the thread that serves the upload. */
    final class Share implements AutoCloseable {
        private long bodyBytes;
        private long heap;

        /** The body bytes this share covers. */
        long bodyBytes() {
            return bodyBytes;
        }

        /**
         * Grows the share to cover a body of {@code bytes}; refused (nothing is taken) if the budget
         * cannot cover it now (503) or ever (413).
         */
        void cover(long bytes) {
            if (bytes <= bodyBytes) {
                return;
            }
            long need = Math.multiplyExact(bytes, (long) HEAP_PER_BODY_BYTE);
            if (need > capacity) {
                throw new Upload.Refused(413, "storing a body of " + size(bytes) + " or more takes about " + size(need)
                        + " of memory and the server has " + size(capacity) + " for uploads; send at most "
                        + size(capacity / HEAP_PER_BODY_BYTE) + " per request", 0);
            }
            if (!take(need - heap)) {
                throw new Upload.Refused(503, "the server's memory for uploads is taken by other uploads being"
                        + " stored; nothing of this one was stored: send it again in a few seconds", RETRY_SECONDS);
            }
            heap = need;
            bodyBytes = bytes;
        }

        @Override
        public void close() {
            give(heap);
            heap = 0;
            bodyBytes = 0;
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KiB" : (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MiB";
    }
}
