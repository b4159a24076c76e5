package org.storyfold.app.server;

import java.util.List;
import java.util.Objects;

/**
 * Where the server listens and what it accepts.
 *
 * @param host           the interface to bind: {@code 127.0.0.1} unless the server must be reachable from elsewhere
 * @param port           the TCP port, in [0, 65535]; 0 picks a free one
 * @param maxBodyBytes   the largest request body accepted, in [1 KiB, 1 GiB]
 * @param allowedHosts   names the server answers to besides its address, {@code localhost} and IP
 *                       addresses (the Host header of any other name gets 421, against DNS rebinding)
 * @param uploadsAtOnce  request bodies received and stored at once, in [1, 64]; more get 503
 * @param uploadHeapBytes heap the uploads being stored may take at once, at least 1 MiB; an upload
 *                       is refused before it is stored when it would not fit ({@link #defaultUploadHeap})
 */
public record ServerSettings(String host, int port, long maxBodyBytes, List<String> allowedHosts, int uploadsAtOnce,
                             long uploadHeapBytes) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_UPLOADS_AT_ONCE = 4;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        allowedHosts = List.copyOf(allowedHosts);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        }
        if (maxBodyBytes < 1024 || maxBodyBytes > 1024L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be in [1024, 1073741824], got " + maxBodyBytes);
        }
        if (uploadsAtOnce < 1 || uploadsAtOnce > 64) {
            throw new IllegalArgumentException("uploadsAtOnce must be in [1, 64], got " + uploadsAtOnce);
        }
        if (uploadHeapBytes < 1024 * 1024) {
            throw new IllegalArgumentException("uploadHeapBytes must be at least 1 MiB, got " + uploadHeapBytes);
        }
    }

    public ServerSettings(String host, int port, long maxBodyBytes, List<String> allowedHosts, int uploadsAtOnce) {
        this(host, port, maxBodyBytes, allowedHosts, uploadsAtOnce, defaultUploadHeap());
    }

    public ServerSettings(String host, int port, long maxBodyBytes) {
        this(host, port, maxBodyBytes, List.of(), DEFAULT_UPLOADS_AT_ONCE);
    }

    /**
     * Half the JVM's largest heap: the other half holds the store's placing state, the search
     * index's buffers and the requests that only read.
     */
    public static long defaultUploadHeap() {
        return Math.max(1024 * 1024, Runtime.getRuntime().maxMemory() / 2);
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings(LOOPBACK, port, DEFAULT_MAX_BODY_BYTES);
    }
}
