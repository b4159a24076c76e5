package org.storyfold.synth;

import java.util.List;
import java.util.Set;

/**
 * What an amount counts, read from the parts of speech around it: the noun phrase after it
 * ("50 foreign workers", "dozens of rebel fighters", "60 per cent of the vote"), the verb that
 * says what happened to them (the last verb of the chain after the phrase, "were believed to
 * remain", or else the verb before the amount, "have captured around 90 per cent"), and whether it
 * is a rate ("a day") or refers back to an earlier figure ("put the number at").
 *
 * @param head       the counted noun, lower-cased, or null when the amount counts nothing named
 * @param qualifiers the words before the noun that count only some of its kind ("foreign",
 *                   "wounded", "Syrian"), lower-cased and sorted: 150 foreign fighters are not a
 *                   count of all fighters
 * @param subject    the noun phrase and verb as printed
 * @param predicate  the verb's lemma, or null
 * @param end        the token just past the phrase and verb, where a place may follow
 * @param anaphoric  whether the amount restates "the number" of an earlier figure
 * @param rate       whether the amount is per day, week, month or year
 */
record FigurePhrase(String head, List<String> qualifiers, String subject, String predicate, int end, boolean anaphoric,
                    boolean rate) {

    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN", "ADJ");
    private static final Set<String> CHAIN_TAGS = Set.of("AUX", "ADV", "PART", "VERB");
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "them", "these",
            "those");
    private static final Set<String> INSERTS = Set.of("including", "like", "mostly", "mainly", "among");
    private static final Set<String> BE_PLACES = Set.of("in", "inside", "at", "there", "still", "within");

    static FigurePhrase read(List<Token> t, String[] tags, boolean[] named, Quantity q) {
        int n = t.size();
        int j = q.to();
        if ((q.vague() || q.percent()) && j < n && t.get(j).lower().equals("of")) {
            j++;
            while (j < n && DETERMINERS.contains(t.get(j).lower())) {
                j++;
            }
        }
        int npStart = j;
        while (j < n && (named[j] || NOUN_TAGS.contains(tags[j]) || t.get(j).text().equals("-")
                || tags[j].equals("VERB") && t.get(j).lower().endsWith("ed") && j + 1 < n && NOUN_TAGS.contains(tags[j + 1]))) {
            j++;
        }
        int npEnd = j;
        int head = -1;
        for (int k = npStart; k < npEnd; k++) {
            if (tags[k].equals("NOUN") && !named[k]) {
                head = k;
            }
        }
        String headWord = head < 0 ? null : t.get(head).lower();
        java.util.TreeSet<String> qualifiers = new java.util.TreeSet<>();
        for (int k = npStart; k < (head < 0 ? npEnd : head); k++) {
            if (FigureWords.qualifies(t.get(k).text(), k + 1 < n ? t.get(k + 1).text() : null)) {
                qualifiers.add(t.get(k).lower());
            }
        }
        if (headWord != null && QuantityWords.UNITS.contains(headWord)) {
            return null;
        }
        int after = npEnd;
        boolean rate = after < n && (t.get(after).lower().equals("daily") || after + 1 < n
                && QuantityWords.RATE_LEADS.contains(t.get(after).lower())
                && QuantityWords.UNITS.contains(t.get(after + 1).lower()));
        int predicate = -1;
        boolean be = false;
        int k = after;
        if (k < n && INSERTS.contains(t.get(k).lower())) {
            k++;
            while (k < n && !tags[k].equals("AUX") && !t.get(k).text().equals(",") && !tags[k].equals("PUNCT")) {
                k++;
            }
        }
        while (k < n && CHAIN_TAGS.contains(tags[k])) {
            if (tags[k].equals("VERB")) {
                predicate = k;
            } else if (tags[k].equals("AUX") && "be".equals(lemma(t.get(k).lower()))) {
                be = true;
            }
            k++;
        }
        String lemma = null;
        int end = k;
        boolean anaphoric = false;
        if (predicate >= 0) {
            lemma = lemma(t.get(predicate).lower());
        } else if (be && k < n && BE_PLACES.contains(t.get(k).lower())) {
            lemma = "be";
            predicate = k - 1;
        } else {
            for (int b = q.from() - 1; b >= 0; b--) {
                String w = t.get(b).lower();
                if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("that") || t.get(b).isQuoteMark()
                        || tags[b].equals("SCONJ")) {
                    break;
                }
                if (SpeechWords.ESTIMATE_OBJECTS.contains(w)) {
                    anaphoric = true;
                }
                if (tags[b].equals("VERB")) {
                    predicate = b;
                    lemma = lemma(w);
                    break;
                }
            }
            end = npEnd;
        }
        if (headWord == null && !anaphoric) {
            return null;
        }
        StringBuilder subject = new StringBuilder();
        if (q.percent()) {
            subject.append("% of ");
        }
        if (npEnd > npStart) {
            subject.append(span(t, npStart, npEnd));
        }
        if (predicate >= 0 && predicate >= npEnd) {
            subject.append(' ').append(t.get(predicate).text());
        } else if (predicate >= 0) {
            subject.insert(0, t.get(predicate).text() + " ");
        }
        return new FigurePhrase(headWord, List.copyOf(qualifiers), subject.toString().strip(), lemma, end, anaphoric,
                rate);
    }

    /** The class of a verb's lemma: "flee", "escape" and "leave" are one. */
    static String predicateClass(String lemma) {
        if (lemma == null) {
            return "-";
        }
        return FigureWords.PREDICATE_CLASSES.getOrDefault(lemma, lemma);
    }

    static String lemma(String word) {
        String irregular = FigureWords.IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        String[] candidates = {word, strip(word, "d"), strip(word, "ed"), strip(word, "ing"),
                strip(word, "ing") + "e", strip(word, "s"), strip(word, "es")};
        for (String c : candidates) {
            if (FigureWords.PREDICATE_CLASSES.containsKey(c)) {
                return c;
            }
        }
        return ContentKeys.stem(word);
    }

    private static String strip(String word, String suffix) {
        return word.endsWith(suffix) && word.length() > suffix.length() + 2
                ? word.substring(0, word.length() - suffix.length()) : word;
    }

    private static String span(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (sb.length() > 0 && tok.start() > t.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(tok.text());
        }
        return sb.toString();
    }
}
