package org.storyfold.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a story: each amount ({@link QuantityParser}) with the noun phrase it
 * counts (tagged by {@link PosTagger}), the verb that says what happened to them ("remain",
 * "surrendered", "have captured"), the place, who claims it (the sentence's {@link Attribution})
 * and when. "The number" takes its subject from the figure just before it ("Coalition sources put
 * the number lower at 30-40"), and "an additional 80" adds to the amount before it.
 * Amounts in dates, durations, distances, web addresses and tables of figures are not figures.
 * Stateless.
 */
final class FigureFinder {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|\\S+\\.(com|org|net|gov|html?|php|aspx?)(/\\S*)?|[#@]\\w+");
    private static final int TABLE_NUMBERS = 3;
    private static final double TABLE_SHARE = 0.3;
    private static final int PLACE_REACH = 6;
    private static final int ANAPHORA_REACH = 2;

    private FigureFinder() {
    }

    static List<Reading> find(StoryText story, Entities entities, Attributor attributor, StoryCalendar calendar,
                              ContentKeys keys) {
        String mainPlace = mainPlace(entities);
        Map<String, String[]> tagCache = new HashMap<>();
        List<Reading> out = new ArrayList<>();
        for (int a = 0; a < story.articleCount(); a++) {
            Reading previous = null;
            for (int s = 0; s < story.sentenceCount(a); s++) {
                List<Token> t = story.tokens(a, s);
                if (!mayHoldAmounts(t) || table(t)) {
                    continue;
                }
                String sentence = story.sentence(a, s);
                boolean[] excluded = excluded(sentence, t, calendar.expressions(a, s));
                List<Quantity> quantities = QuantityParser.find(sentence, t, excluded);
                if (quantities.isEmpty()) {
                    continue;
                }
                String[] tags = tagCache.computeIfAbsent(sentence, k -> PosTagger.tag(t));
                boolean[] named = named(t, entities.in(a, s));
                Attribution at = attributor.at(a, s);
                When date = calendar.dayOf(a, s);
                String window = window(calendar, a, s);
                Reading inSentence = null;
                for (Quantity q : quantities) {
                    FigurePhrase p = FigurePhrase.read(t, tags, named, q);
                    // "an additional 80" adds to the amount before it, unless it counts others ("80 wounded").
                    if (q.addition() && inSentence != null && (p == null || p.qualifiers().isEmpty())) {
                        inSentence = add(inSentence, q);
                        out.set(out.size() - 1, inSentence);
                        continue;
                    }
                    if (p == null) {
                        continue;
                    }
                    String place = place(entities, entities.in(a, s), p.end(), mainPlace);
                    String key;
                    String subject;
                    String label;
                    boolean stock;
                    if (p.anaphoric() && previous != null && previous.article() == a && s - previous.sentence() <= ANAPHORA_REACH) {
                        key = previous.key();
                        subject = previous.subject();
                        label = previous.label();
                        stock = previous.stock();
                    } else if (p.anaphoric() || p.head() == null) {
                        continue;
                    } else {
                        String predicate = FigurePhrase.predicateClass(p.predicate());
                        if (!FigureWords.COMPARABLE.contains(predicate)) {
                            predicate = "-";
                        }
                        String qualifiers = p.qualifiers().isEmpty() ? "" : "+" + String.join("+", p.qualifiers());
                        key = nounClass(p.head(), keys) + qualifiers + "|" + predicate + "|" + place
                                + (p.rate() ? "|rate" : "") + (q.percent() ? "|%" : "");
                        subject = p.subject() + (place != null ? ", " + place : "");
                        label = label(t, p, predicate, place, q.percent());
                        stock = FigureWords.STOCKS.contains(predicate);
                    }
                    Reading r = new Reading(a, s, subject, label, key, stock, q.text(), q.low(), q.high(), q.vague(),
                            at == null ? null : at.speaker(), date, window, q.printedLow(), q.printedHigh());
                    out.add(r);
                    inSentence = r;
                    previous = r;
                }
            }
        }
        return out;
    }

    /** The time a sentence names, resolved if it can be, else as printed; null if it names none. */
    private static String window(StoryCalendar calendar, int a, int s) {
        When w = calendar.when(a, s);
        if (w != null) {
            return w.iso();
        }
        List<TimeExpression> e = calendar.expressions(a, s);
        return e.isEmpty() ? null : e.get(0).phrase().toLowerCase(java.util.Locale.ROOT);
    }

    private static Reading add(Reading r, Quantity q) {
        return new Reading(r.article(), r.sentence(), r.subject(), r.label(), r.key(), r.stock(),
                r.value() + " + " + q.text(), r.low() + q.low(), r.high() + q.high(), r.vague() || q.vague(),
                r.speaker(), r.date(), r.window(), r.printedLow() + q.printedLow(), r.printedHigh() + q.printedHigh());
    }

    /**
     * What a figure counts, as a reader is told: its qualifiers and noun as printed, what happened
     * to them and where ("foreign jihadists remaining in Raqa", "share of the city taken, Raqa").
     */
    private static String label(List<Token> t, FigurePhrase p, String predicateClass, String place, boolean percent) {
        StringBuilder b = new StringBuilder();
        if (percent) {
            b.append("share of the ");
        }
        for (String qualifier : p.qualifiers()) {
            b.append(printed(t, qualifier)).append(' ');
        }
        b.append(printed(t, p.head()));
        // A verb of tolls and tallies says what happened to them; any other verb ("numbered") says nothing a label needs.
        String verb = FigureWords.LABEL_VERBS.get(predicateClass);
        if (verb != null) {
            b.append(' ').append(verb);
        }
        if (place != null) {
            b.append(verb == null || FigureWords.STOCKS.contains(predicateClass) && !percent ? " in " : ", ").append(place);
        }
        return b.toString();
    }

    /** A lower-cased word as the sentence prints it, so that "Syrian" keeps its capital. */
    private static String printed(List<Token> t, String lower) {
        for (Token tok : t) {
            if (tok.lower().equals(lower)) {
                return tok.text();
            }
        }
        return lower;
    }

    private static String nounClass(String head, ContentKeys keys) {
        String stem = ContentKeys.stem(head);
        for (int i = 0; i < FigureWords.NOUN_CLASSES.size(); i++) {
            Set<String> c = FigureWords.NOUN_CLASSES.get(i);
            if (c.contains(head) || c.contains(stem)) {
                return "class" + i;
            }
        }
        return keys.word(head);
    }

    /** The first place named after the verb, or the story's main place for "the city", "inside" or none. */
    private static String place(Entities entities, List<Entities.Resolved> mentions, int from, String mainPlace) {
        for (Entities.Resolved r : mentions) {
            Mention m = r.mention();
            if (m.from() >= from && m.from() < from + PLACE_REACH && !m.modifier()
                    && Entity.PLACE.equals(entities.get(r.entity()).type())) {
                return entities.get(r.entity()).name();
            }
        }
        return mainPlace;
    }

    private static String mainPlace(Entities entities) {
        for (Entity e : entities.list()) {
            if (Entity.PLACE.equals(e.type())) {
                return e.name();
            }
        }
        return null;
    }

    private static boolean[] named(List<Token> t, List<Entities.Resolved> mentions) {
        boolean[] named = new boolean[t.size()];
        for (Entities.Resolved r : mentions) {
            for (int k = r.mention().from(); k < r.mention().to(); k++) {
                named[k] = true;
            }
        }
        return named;
    }

    private static boolean[] excluded(String sentence, List<Token> t, List<TimeExpression> times) {
        boolean[] out = new boolean[t.size()];
        for (TimeExpression e : times) {
            for (int k = e.from(); k < e.to(); k++) {
                out[k] = true;
            }
        }
        Matcher m = ADDRESS.matcher(sentence);
        while (m.find()) {
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).start() < m.end() && t.get(k).end() > m.start()) {
                    out[k] = true;
                }
            }
        }
        return out;
    }

    private static boolean mayHoldAmounts(List<Token> t) {
        for (Token tok : t) {
            String w = tok.lower();
            if (tok.isNumber() || QuantityWords.CARDINALS.containsKey(w) || w.equals("dozens") || w.equals("hundreds")
                    || w.equals("thousands") || w.equals("dozen") || w.equals("millions") || w.equals("scores")) {
                return true;
            }
        }
        return false;
    }

    /** A row of a table: several numbers making up much of the line. */
    private static boolean table(List<Token> t) {
        int numbers = 0;
        int words = 0;
        for (Token tok : t) {
            if (tok.isWord()) {
                words++;
                if (tok.isNumber()) {
                    numbers++;
                }
            }
        }
        return numbers >= TABLE_NUMBERS && numbers >= TABLE_SHARE * words;
    }
}
