package org.storyfold.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt rules of each site, fetched once a day through the same client and parsed by
 * crawler-commons (as Nutch and StormCrawler do): a missing robots.txt (4xx) allows everything, one
 * that cannot be fetched (5xx, no answer) allows nothing until it can (RFC 9309). Thread-safe.
 */
final class RobotsCache {

    private static final long TTL_MILLIS = 24L * 3600 * 1000;
    private static final long RETRY_MILLIS = 10L * 60 * 1000;

    /** A site's rules and when to fetch them again; {@code unreachable} is why they could not be fetched. */
    record Rules(BaseRobotRules rules, long expiresMillis, String unreachable) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Rules> bySite = new ConcurrentHashMap<>();
    private final String agent;

    RobotsCache(String agent) {
        this.agent = agent.toLowerCase(java.util.Locale.ROOT);
    }

    /** The rules of the site of {@code url}, fetched with {@code fetch} (no robots check, politely) when stale. */
    Rules rules(String site, java.util.function.Function<String, FetchResult> fetch) {
        Rules r = bySite.get(site);
        if (r != null && r.expiresMillis() > System.currentTimeMillis()) {
            return r;
        }
        FetchResult result = fetch.apply(site + "/robots.txt");
        long now = System.currentTimeMillis();
        if (result instanceof FetchResult.Body b) {
            r = new Rules(parser.parseContent(site + "/robots.txt", b.bytes(), b.contentType(), List.of(agent)),
                    now + TTL_MILLIS, null);
        } else if (result instanceof FetchResult.Failed f && f.status() >= 400 && f.status() < 500) {
            r = new Rules(parser.failedFetch(f.status()), now + TTL_MILLIS, null);
        } else if (result instanceof FetchResult.Failed f) {
            r = new Rules(parser.failedFetch(503), now + RETRY_MILLIS, f.reason());
        } else {
            r = new Rules(parser.failedFetch(404), now + TTL_MILLIS, null);
        }
        bySite.put(site, r);
        return r;
    }
}
