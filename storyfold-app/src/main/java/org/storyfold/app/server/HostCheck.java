package org.storyfold.app.server;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Answers 421 to a request whose Host header names neither the address the server is bound to,
 * {@code localhost}, an IP address, nor a name it was told to answer to: a page on another site
 * whose name was rebound to this machine's address (DNS rebinding) cannot read the API.
 */
final class HostCheck {

    private final Set<String> names = new HashSet<>();

    HostCheck(ServerSettings settings) {
        names.add(normal(settings.host()));
        names.add("localhost");
        settings.allowedHosts().forEach(h -> names.add(normal(h)));
    }

    void check(Context ctx) {
        String header = ctx.header("Host");
        if (header == null || !allowed(header)) {
            throw new ApiError(421, "this server does not answer to the host \"" + printable(header)
                    + "\"; use its address, localhost, or a name given to storyfold serve --allowed-host");
        }
    }

    boolean allowed(String hostHeader) {
        String host = hostPart(hostHeader.strip());
        return !host.isEmpty() && (names.contains(host) || isIpLiteral(host));
    }

    /** The host of a Host header without its port: {@code [::1]:8080} gives {@code ::1}. */
    private static String hostPart(String header) {
        String h = header;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? "" : normal(h.substring(1, end));
        }
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && h.indexOf(':') == colon) {
            h = h.substring(0, colon);
        }
        return normal(h);
    }

    private static String normal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static boolean isIpLiteral(String host) {
        if (host.contains(":")) {
            return host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String t = s.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return t.length() > 100 ? t.substring(0, 100) + "..." : t;
    }
}
