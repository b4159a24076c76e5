package org.storyfold.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates a story's articles and sentences. An article is read as written on its own stated date,
 * and its relative dates ("on Saturday", "last week") resolve against that date only: an article
 * that states no date resolves none, rather than borrow another article's date or today's. An
 * article whose stated date lies more than a week from the date the other articles give to the
 * same sentences, while it dates events by weekday or "this week", is flagged as {@link Misdated}
 * and read as written on that date instead. Immutable after construction.
 */
final class StoryCalendar {

    private static final long WEEK = 7;
    private static final int LEAST_ALIGNED = 2;

    private final StoryText story;
    private final List<List<List<TimeExpression>>> expressions = new ArrayList<>();
    private final LocalDate[] reference;
    private final List<Misdated> misdated = new ArrayList<>();

    StoryCalendar(StoryText story, Paraphrases paraphrases) {
        this.story = story;
        int n = story.articleCount();
        for (int a = 0; a < n; a++) {
            List<List<TimeExpression>> perSentence = new ArrayList<>();
            for (int s = 0; s < story.sentenceCount(a); s++) {
                perSentence.add(TimeExpressions.find(story.sentence(a, s), story.tokens(a, s)));
            }
            expressions.add(perSentence);
        }
        LocalDate first = mostStated(new boolean[n]);
        reference = new LocalDate[n];
        for (int a = 0; a < n; a++) {
            reference[a] = story.articles.get(a).published();
        }
        boolean[] flagged = new boolean[n];
        LocalDate[] corrected = new LocalDate[n];
        for (int a = 0; a < n; a++) {
            LocalDate p = story.articles.get(a).published();
            if (p == null || first == null || Math.abs(ChronoUnit.DAYS.between(p, first)) <= WEEK) {
                continue;
            }
            List<LocalDate> aligned = alignedDates(a, paraphrases);
            TimeExpression recent = firstRecent(a);
            if (aligned.size() < LEAST_ALIGNED || recent == null) {
                continue;
            }
            LocalDate content = aligned.get(aligned.size() / 2);
            if (Math.abs(ChronoUnit.DAYS.between(p, content)) > WEEK) {
                flagged[a] = true;
                corrected[a] = content;
                misdated.add(new Misdated(story.id(a), p, content, "states " + p + ", but " + aligned.size()
                        + " of its sentences are printed or paraphrased by articles that date them to " + content
                        + ", and it dates events by the day of the week (\"" + recent.phrase() + "\")"));
            }
        }
        for (int a = 0; a < n; a++) {
            if (flagged[a]) {
                reference[a] = corrected[a];
            }
        }
    }

    /** The day article {@code a} is read as written on, against which its relative dates resolve; may be null. */
    LocalDate reference(int a) {
        return reference[a];
    }

    List<Misdated> misdated() {
        return List.copyOf(misdated);
    }

    List<TimeExpression> expressions(int a, int s) {
        return expressions.get(a).get(s);
    }

    /** The sentence's first date expression, resolved; null if it has none that resolves. */
    When when(int a, int s) {
        for (TimeExpression e : expressions(a, s)) {
            When w = e.resolve(reference[a]);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** The day a sentence reports: its own date if it names a day, else the day its article was written. */
    When dayOf(int a, int s) {
        When w = when(a, s);
        if (w != null && w.precision() != When.Precision.YEAR && w.precision() != When.Precision.MONTH) {
            return w;
        }
        return reference[a] == null ? null : When.day(reference[a]);
    }

    private LocalDate mostStated(boolean[] skip) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (int a = 0; a < story.articleCount(); a++) {
            LocalDate p = story.articles.get(a).published();
            if (p != null && !skip[a]) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<LocalDate, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** For each sentence of article {@code a} that other articles print or paraphrase, the day they give it. */
    private List<LocalDate> alignedDates(int a, Paraphrases paraphrases) {
        List<LocalDate> out = new ArrayList<>();
        for (int s = 0; s < story.sentenceCount(a); s++) {
            int f = story.familyOf(a, s);
            List<SentenceFamilies.Member> others = new ArrayList<>(story.families.get(f).members());
            for (Paraphrases.Link l : paraphrases.of(f)) {
                others.addAll(story.families.get(l.family()).members());
            }
            List<LocalDate> days = new ArrayList<>();
            for (SentenceFamilies.Member m : others) {
                if (m.article() != a && reference[m.article()] != null) {
                    When w = dayOf(m.article(), m.sentence());
                    if (w != null) {
                        days.add(w.from());
                    }
                }
            }
            if (!days.isEmpty()) {
                days.sort(Comparator.naturalOrder());
                out.add(days.get(days.size() / 2));
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private TimeExpression firstRecent(int a) {
        for (int s = 0; s < story.sentenceCount(a); s++) {
            for (TimeExpression e : expressions(a, s)) {
                if (e.recent() && e.relative()) {
                    return e;
                }
            }
        }
        return null;
    }
}
