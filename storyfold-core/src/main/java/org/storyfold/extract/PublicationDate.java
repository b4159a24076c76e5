package org.storyfold.extract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Chooses an article's publication date among what the input, the markup, the address and the
 * printed page state, in that order of trust, believing none after the page's fetch or before
 * 1990. One exception to the order: markup a day off the date in the address yields to the
 * address, which is the outlet's own day where the markup states UTC. Thread-safe.
 */
final class PublicationDate {

    private PublicationDate() {
    }

    /**
     * The publication date, or null: {@code stated} by the input, {@code markup} the first
     * plausible markup date, {@code address} the date in the page's address, {@code printed} the
     * dates the page prints, most trusted first.
     */
    static DateStamp choose(Instant fetched, Optional<DateStamp> stated, Optional<DateStamp> markup,
                            Optional<DateStamp> address, List<Optional<DateStamp>> printed) {
        if (stated.isPresent() && stated.get().plausibleBefore(fetched)) {
            return stated.get();
        }
        Optional<DateStamp> url = address.filter(a -> a.plausibleBefore(fetched));
        if (markup.isPresent()) {
            if (url.isPresent() && Math.abs(ChronoUnit.DAYS.between(url.get().day(), markup.get().day())) == 1) {
                return url.get();
            }
            return markup.get();
        }
        if (url.isPresent()) {
            return url.get();
        }
        for (Optional<DateStamp> p : printed) {
            if (p.isPresent() && p.get().plausibleBefore(fetched)) {
                return p.get();
            }
        }
        return null;
    }
}
