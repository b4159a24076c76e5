package org.storyfold.watch;

import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * An article's identity across fetches: its address with the fragment, default port and tracking
 * parameters ({@code utm_*} and the click ids of {@link #TRACKING}) removed and the host in lower
 * case; a page's {@code <link rel=canonical>} on the same site takes its place once fetched.
 */
final class CanonicalUrl {

    /** Query parameters that say where a reader came from, not what the page is. */
    static final List<String> TRACKING = List.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid",
            "yclid", "_ga", "_gl", "ocid", "cmpid", "ncid", "ito", "at_medium", "at_campaign", "taid", "smid", "xtor",
            "ref", "ref_src", "src", "cmp", "soc_src", "soc_trk", "rss", "feature");
    /** Prefixes of such parameters. */
    static final List<String> TRACKING_PREFIXES = List.of("utm_", "at_", "pk_", "mtm_", "hsa_");

    private CanonicalUrl() {
    }

    /** The cleaned address, or null if it is not an http(s) address. */
    static String of(String url) {
        if (url == null) {
            return null;
        }
        HttpUrl u = HttpUrl.parse(url.strip());
        if (u == null) {
            return url.startsWith("file:") ? url : null;
        }
        HttpUrl.Builder b = u.newBuilder().fragment(null);
        for (String name : u.queryParameterNames()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (TRACKING.contains(n) || TRACKING_PREFIXES.stream().anyMatch(n::startsWith)) {
                b.removeAllQueryParameters(name);
            }
        }
        HttpUrl clean = b.build();
        if (clean.querySize() == 0) {
            clean = clean.newBuilder().query(null).build();
        }
        return clean.toString();
    }

    /** A page's canonical address when it is on the same site as {@code fetched}, else the fetched address. */
    static String preferCanonical(String fetched, String canonical) {
        String c = of(canonical);
        HttpUrl a = HttpUrl.parse(fetched);
        HttpUrl b = c == null ? null : HttpUrl.parse(c);
        if (a == null || b == null || !site(a.host()).equals(site(b.host()))) {
            return fetched;
        }
        return c;
    }

    /** The host without a leading {@code www.} or {@code m.}. */
    private static String site(String host) {
        return host.replaceFirst("^(www\\d?|m|amp)\\.", "");
    }
}
