package org.storyfold.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import org.storyfold.extract.Article;

/**
 * Where an article, or a unit of copies placed as one, stands in the order the online clusterer
 * takes a batch in: by date (undated last), then by a hash of its words, then by id, so that input
 * order beyond time order does not matter. A unit's key is the earliest of its members' parts
 * ({@link #earliest}). A runner that clusters a batch in runs of chunks (Spark) sorts the batch's
 * units by it to cut the same chunks as the stream does. Immutable.
 *
 * @param date    the publication date if plausible ({@link #plausible}), else null
 * @param content a hash of the title and text ({@link #contentKey})
 * @param id      the article id (a unit's smallest)
 */
public record ArrivalKey(LocalDate date, long content, String id) implements Comparable<ArrivalKey>, Serializable {

    private static final Comparator<ArrivalKey> ORDER = Comparator
            .comparing(ArrivalKey::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ArrivalKey::content)
            .thenComparing(ArrivalKey::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The key of one article, with dates after {@code latestPlausible} (or before 1900) taken as unknown. */
    public static ArrivalKey of(Article article, LocalDate latestPlausible) {
        return new ArrivalKey(plausible(article.published(), latestPlausible), contentKey(article), article.id());
    }

    /** The key of a unit holding the articles of both keys: the earliest date, the least hash, the smallest id. */
    public ArrivalKey earliest(ArrivalKey other) {
        LocalDate d = date == null ? other.date : other.date == null || date.isBefore(other.date) ? date : other.date;
        String i = id == null ? other.id : other.id == null || id.compareTo(other.id) <= 0 ? id : other.id;
        return new ArrivalKey(d, Math.min(content, other.content), i);
    }

    @Override
    public int compareTo(ArrivalKey other) {
        return ORDER.compare(this, other);
    }

    /** The date, or null when it is after {@code latestPlausible} or before 1900 (taken for a mistake). */
    static LocalDate plausible(LocalDate date, LocalDate latestPlausible) {
        return date == null || date.isAfter(latestPlausible) || date.getYear() < 1900 ? null : date;
    }

    /** A hash of the article's title and words, to order articles that arrive together. */
    static long contentKey(Article a) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, a.title() == null ? "" : a.title());
        h = fnv(h, "\n");
        return fnv(h, a.text());
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
