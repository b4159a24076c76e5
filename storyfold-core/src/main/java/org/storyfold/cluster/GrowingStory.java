package org.storyfold.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One story as it grows: its members in arrival order, the centroid of their vectors, the dates
 * they span, and the headlines that may name it. Mutable; owned by one {@link StoryRegistry}.
 */
final class GrowingStory {

    /** How many headlines a story keeps as candidates for its title. */
    static final int TITLE_CANDIDATES = 4;
    /** Terms of a member's vector kept beside its headline, to weigh how central it is. */
    static final int TITLE_TERMS = 40;

    /** A member's headline and its article's vector. */
    record TitleCandidate(String title, TermVector vector) {
    }

    final int number;
    final List<String> members = new ArrayList<>();
    Centroid centroid;
    LocalDate first;
    LocalDate last;
    /** How many members' leads name each weekday ({@link LeadDay#counted}). */
    long days;
    /** The members' backgrounds ({@link PlacementUnit.Member#background}), each times its density scale squared, added up. */
    double background;
    /**
     * The members' density scales ({@link PlacementUnit#scale}) added up: the centroid is the sum of the
     * members' vectors each times its scale, so this is what the centroid's weight would be if
     * every member's vector were its plain one (it equals the member count when nothing is scaled).
     */
    double scales;
    /** How alike the members are among themselves ({@link ArticlePlacer#cohesion}). */
    MemberPairs pairs = MemberPairs.none();
    long lastArrival;
    /** The members' participants, places and figures ({@link EventKeys}). */
    EventKeys keys = EventKeys.none();
    List<TitleCandidate> titles = new ArrayList<>();
    String fixedTitle;
    int mergedInto = -1;
    boolean dormant;
    IntSet indexed = new IntSet();

    GrowingStory(int number, int centroidCapacity) {
        this.number = number;
        this.centroid = new Centroid(centroidCapacity);
    }

    /**
     * This story under another number, sharing its members, centroid and keys (for a registry
     * rebuilt with the numbers its callers know: see {@link YoungStreamRefold}).
     */
    GrowingStory numbered(int newNumber) {
        GrowingStory s = new GrowingStory(newNumber, 0);
        s.members.addAll(members);
        s.centroid = centroid;
        s.first = first;
        s.last = last;
        s.days = days;
        s.background = background;
        s.scales = scales;
        s.pairs = pairs;
        s.lastArrival = lastArrival;
        s.keys = keys;
        s.titles = titles;
        s.fixedTitle = fixedTitle;
        s.dormant = dormant;
        s.indexed = indexed;
        return s;
    }

    boolean isActive() {
        return mergedInto < 0 && !dormant;
    }

    /**
     * Takes in dates, arrival and headline of one new member whose vector is already in the
     * centroid; {@code titleVector} is its vector's {@link #titleVector}.
     */
    void noteMember(String id, LocalDate date, int day, long arrival, String title, TermVector titleVector) {
        members.add(id);
        days = LeadDay.plus(days, LeadDay.counted(day, 1));
        widen(date, date);
        lastArrival = Math.max(lastArrival, arrival);
        if (title != null && titleVector.size() > 0) {
            offerTitle(new TitleCandidate(title, titleVector));
        }
    }

    /**
     * What a member's headline is weighed by: its vector's {@link #TITLE_TERMS} heaviest terms.
     * Read from the vector alone, so that a batch finds them on all cores before placing it.
     */
    static TermVector titleVector(TermVector vector) {
        return vector.size() <= TITLE_TERMS ? vector : TermVector.of(vector.ids, vector.weights, vector.size(), TITLE_TERMS);
    }

    void widen(LocalDate from, LocalDate to) {
        if (from != null && (first == null || from.isBefore(first))) {
            first = from;
        }
        if (to != null && (last == null || to.isAfter(last))) {
            last = to;
        }
    }

    /** Keeps the candidate if there is room, or if it is more central than the least central one kept. */
    void offerTitle(TitleCandidate candidate) {
        if (titles.size() < TITLE_CANDIDATES) {
            titles.add(candidate);
            return;
        }
        int worst = 0;
        double worstScore = Double.MAX_VALUE;
        for (int i = 0; i < titles.size(); i++) {
            double s = centroid.cosine(titles.get(i).vector());
            if (s < worstScore) {
                worstScore = s;
                worst = i;
            }
        }
        if (centroid.cosine(candidate.vector()) > worstScore) {
            titles.set(worst, candidate);
        }
    }

    /** The headline of the member closest to the centroid, ties to the earliest kept; null if no member has one. */
    String title() {
        if (titles.isEmpty()) {
            return fixedTitle;
        }
        String best = null;
        double bestScore = -1;
        for (TitleCandidate c : titles) {
            double s = centroid.cosine(c.vector());
            if (s > bestScore) {
                bestScore = s;
                best = c.title();
            }
        }
        return best;
    }

    /** Days between this story's dates and {@code [from, to]}, 0 when they overlap; -1 when either is undated. */
    long gapDays(LocalDate from, LocalDate to) {
        return gapDays(first, last, from, to);
    }

    /** Days between two spans of dates, 0 when they overlap; -1 when either is undated. */
    static long gapDays(LocalDate aFirst, LocalDate aLast, LocalDate bFirst, LocalDate bLast) {
        if (aFirst == null || bFirst == null) {
            return -1;
        }
        if (bLast.isBefore(aFirst)) {
            return ChronoUnit.DAYS.between(bLast, aFirst);
        }
        if (bFirst.isAfter(aLast)) {
            return ChronoUnit.DAYS.between(aLast, bFirst);
        }
        return 0;
    }

    /** Frees what only an active story needs, keeping its title and a short centroid for storylines. */
    void retire(int centroidTerms) {
        fixedTitle = title();
        titles = new ArrayList<>();
        centroid.shrink(centroidTerms);
        indexed = new IntSet();
    }
}
