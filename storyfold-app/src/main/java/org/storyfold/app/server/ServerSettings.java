package org.storyfold.app.server;

import java.util.Objects;

/**
 * Where the server listens and what it accepts.
 *
 * @param host         the interface to bind: {@code 127.0.0.1} unless the server must be reachable from elsewhere
 * @param port         the TCP port, in [0, 65535]; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted, in [1 KiB, 1 GiB]
 */
public record ServerSettings(String host, int port, long maxBodyBytes) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        }
        if (maxBodyBytes < 1024 || maxBodyBytes > 1024L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be in [1024, 1073741824], got " + maxBodyBytes);
        }
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings(LOOPBACK, port, DEFAULT_MAX_BODY_BYTES);
    }
}
