package org.storyfold.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A date as a page states it: the day, and the time with its UTC offset when the page gives both
 * ({@code 2017-10-14T09:12:00+03:00}). The day is the one in the stated offset, never converted to
 * UTC: that is the day the outlet's readers saw. Immutable.
 *
 * @param day  the day
 * @param time the time with its offset, or null when the page states only a day or a time without a zone
 */
record DateStamp(LocalDate day, OffsetDateTime time) {

    /** The earliest publication date believed: older "dates" are archive artefacts, not publication. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    DateStamp {
        Objects.requireNonNull(day, "day");
        if (time != null) {
            day = time.toLocalDate();
        }
    }

    static DateStamp of(LocalDate day) {
        return new DateStamp(day, null);
    }

    static DateStamp of(OffsetDateTime time) {
        return new DateStamp(time.toLocalDate(), time);
    }

    /** Whether the time is stated in UTC (zero offset), as many sites state their metadata. */
    boolean inUtc() {
        return time != null && time.getOffset().equals(ZoneOffset.UTC);
    }

    /** The same moment in {@code offset}: a UTC stamp read in the page's own zone. */
    DateStamp at(ZoneOffset offset) {
        return time == null ? this : new DateStamp(day, time.withOffsetSameInstant(offset));
    }

    /**
     * Whether this could be a publication date of a page fetched at {@code fetched}: not before
     * 1990, not after the fetch (a day alone: not after the fetch's day anywhere on Earth).
     */
    boolean plausibleBefore(Instant fetched) {
        if (day.isBefore(EARLIEST)) {
            return false;
        }
        if (time != null) {
            return !time.toInstant().isAfter(fetched);
        }
        return !day.isAfter(fetched.atOffset(ZoneOffset.MAX).toLocalDate());
    }
}
