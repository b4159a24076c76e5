package org.storyfold.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who each sentence of a story attributes its words to: the subject of a verb of saying
 * ("Smith said", "the ministry said in a statement", "he told reporters"), the phrase after it
 * ("said agency head John Smith"), or after "according to". A named person is preferred
 * to an organisation, an organisation to a described speaker ("a city official"); "he" and "she"
 * stand for the person last named in the article, "the official" for the last described speaker
 * of that kind. A person's organisation is read from the words around the name ("agency head",
 * "spokeswoman for the army’s offensive") and kept for later mentions. Immutable after construction.
 */
final class Attributor {

    private static final int LONGEST_DESCRIPTION = 6;
    private static final int PRONOUN_REACH = 2;
    private static final int LONGEST_ANTECEDENT = 4;
    private static final Set<String> PREPOSITIONS = Set.of("by", "to", "from", "with", "for", "of", "in", "at", "on");
    private static final Set<String> ADDRESSEES = Set.of("reporters", "journalists", "the", "a", "an");
    /** Words that open a clause which is not what was said: "said Saturday, as the fall nears". */
    private static final Set<String> SUBORDINATE = Set.of("as", "after", "when", "while", "before", "saying",
            "adding", "citing", "using", "although", "though");

    private final StoryText story;
    private final Entities entities;
    private final Map<Integer, String> affiliationOf = new HashMap<>();
    private final List<Attribution[]> perArticle = new ArrayList<>();

    Attributor(StoryText story, Entities entities) {
        this.story = story;
        this.entities = entities;
        for (int a = 0; a < story.articleCount(); a++) {
            perArticle.add(attributeArticle(a));
        }
        unifyDescriptions();
    }

    /** Gives every described speaker of one key the story's fullest description of it ("US-led coalition"). */
    private void unifyDescriptions() {
        Map<String, String> best = new HashMap<>();
        for (Attribution[] article : perArticle) {
            for (Attribution at : article) {
                if (at != null && at.speaker().entity() < 0) {
                    String key = at.speaker().key();
                    best.merge(key, at.speaker().name(), (x, y) -> fullness(y, key) > fullness(x, key) ? y : x);
                }
            }
        }
        for (Attribution[] article : perArticle) {
            for (int s = 0; s < article.length; s++) {
                Attribution at = article[s];
                if (at != null && at.speaker().entity() < 0) {
                    Speaker sp = at.speaker();
                    article[s] = new Attribution(new Speaker(best.get(sp.key()), -1, sp.affiliation(), sp.key()),
                            at.verb(), at.contentFrom(), at.contentTo());
                }
            }
        }
    }

    /** The attribution of a sentence, or null when it attributes nothing. */
    Attribution at(int article, int sentence) {
        return perArticle.get(article)[sentence];
    }

    /** The person last named before sentence {@code s} of article {@code a}, or -1. */
    int personBefore(int a, int s) {
        for (int k = s - 1; k >= 0; k--) {
            int p = lastPerson(entities.in(a, k), Integer.MAX_VALUE);
            if (p >= 0) {
                return p;
            }
        }
        return -1;
    }

    private Attribution[] attributeArticle(int a) {
        Attribution[] out = new Attribution[story.sentenceCount(a)];
        List<String> described = new ArrayList<>();
        Speaker previous = null;
        int previousSentence = -10;
        for (int s = 0; s < out.length; s++) {
            List<Token> t = story.tokens(a, s);
            boolean[] quoted = Quotes.mask(t);
            int verb = verb(t, quoted);
            if (verb >= 0) {
                Speaker recent = s - previousSentence <= PRONOUN_REACH ? previous : null;
                out[s] = attribute(a, s, t, quoted, verb, described, recent);
                if (out[s] != null) {
                    previous = out[s].speaker();
                    previousSentence = s;
                }
            }
            remember(t, described);
        }
        return out;
    }

    /** A speaker and where the phrase that names it begins. */
    private record Found(Speaker speaker, int start) {
    }

    private Attribution attribute(int a, int s, List<Token> t, boolean[] quoted, int verb, List<String> described,
                                  Speaker recent) {
        List<Entities.Resolved> mentions = entities.in(a, s);
        boolean according = t.get(verb).lower().equals("according");
        boolean afterQuote = followsQuote(t, verb);
        int from;
        int to;
        if (according || afterQuote) {
            from = according ? verb + 2 : verb + 1;
            to = phraseEnd(t, from);
        } else {
            to = verb;
            from = verb;
            while (from > 0 && !t.get(from - 1).isQuoteMark() && !quoted[from - 1]
                    && !t.get(from - 1).text().equals(";")) {
                from--;
            }
        }
        Found found = speaker(a, s, t, mentions, from, to, described, recent);
        if (found == null) {
            return null;
        }
        int[] content = content(story.sentence(a, s), t, verb, according, according || afterQuote ? -1 : found.start());
        return new Attribution(found.speaker(), verb, content[0], content[1]);
    }

    /**
     * The speaker named between {@code from} and {@code to}: a person anywhere in it; else, from the
     * verb backwards chunk by chunk (commas part them), a pronoun, an entity that ends a chunk, or a
     * description ending in a speaker noun.
     */
    private Found speaker(int a, int s, List<Token> t, List<Entities.Resolved> mentions, int from, int to,
                          List<String> described, Speaker recent) {
        for (Entities.Resolved r : mentions) {
            Mention m = r.mention();
            if (!m.modifier() && m.from() >= from && m.to() <= to && Entity.PERSON.equals(entities.get(r.entity()).type())
                    && (m.from() == from || !afterPreposition(t, m.from()))) {
                int p = r.entity();
                String org = organisation(mentions, from, to, p);
                if (org != null) {
                    affiliationOf.putIfAbsent(p, org);
                }
                return new Found(Speaker.named(entities.get(p).name(), p, affiliationOf.get(p)), chunkStart(t, from, m.from()));
            }
        }
        int chunkEnd = to;
        while (chunkEnd > from) {
            int chunkStart = chunkStart(t, from, chunkEnd);
            for (int k = chunkStart; k < chunkEnd; k++) {
                if (SpeechWords.PERSON_PRONOUNS.contains(t.get(k).lower())) {
                    Speaker sp = pronoun(a, s, mentions, k, recent);
                    return sp == null ? null : new Found(sp, chunkStart);
                }
            }
            for (Entities.Resolved r : mentions) {
                Mention m = r.mention();
                if (!m.modifier() && m.from() >= chunkStart && m.to() <= chunkEnd && endsSubject(t, m, chunkEnd)
                        && (m.from() == from || !afterPreposition(t, m.from()))) {
                    return new Found(Speaker.named(entities.get(r.entity()).name(), r.entity(), null), chunkStart);
                }
            }
            String phrase = chunk(t, chunkStart, chunkEnd);
            if (phrase != null) {
                String name = antecedent(phrase, described);
                return new Found(Speaker.described(name, organisation(mentions, chunkStart, chunkEnd, -1), entities),
                        chunkStart);
            }
            chunkEnd = chunkStart - 1;
        }
        return null;
    }

    /** "he" and "she": the speaker just before, if it can be one, else the person last named. */
    private Speaker pronoun(int a, int s, List<Entities.Resolved> mentions, int at, Speaker recent) {
        if (recent != null && (recent.entity() < 0 || Entity.PERSON.equals(entities.get(recent.entity()).type()))) {
            return recent;
        }
        int p = lastPerson(mentions, at);
        if (p < 0) {
            p = personBefore(a, s);
        }
        return p < 0 ? null : Speaker.named(entities.get(p).name(), p, affiliationOf.get(p));
    }

    private static int chunkStart(List<Token> t, int from, int end) {
        int k = end;
        while (k > from && !t.get(k - 1).text().equals(",")) {
            k--;
        }
        return k;
    }

    private static boolean afterPreposition(List<Token> t, int k) {
        return k > 0 && PREPOSITIONS.contains(t.get(k - 1).lower());
    }

    private static String chunk(List<Token> t, int from, int to) {
        int start = from;
        while (start < to && (!t.get(start).isWord() || SpeechWords.DETERMINERS.contains(t.get(start).lower())
                || EntityWords.FUNCTION_WORDS.contains(t.get(start).lower()))) {
            start++;
        }
        int end = to;
        while (end > start && !t.get(end - 1).isWord()) {
            end--;
        }
        if (end == start || end - start > LONGEST_DESCRIPTION
                || !SpeechWords.SPEAKER_NOUNS.contains(t.get(end - 1).lower())) {
            return null;
        }
        for (int k = start; k < end; k++) {
            if (!t.get(k).isWord()) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < end; k++) {
            sb.append(k > start ? " " : "").append(t.get(k).text());
        }
        return sb.toString();
    }

    /** How well a description names whom it speaks for: by its own last word first, then by its length. */
    private static int fullness(String description, String key) {
        String lower = description.toLowerCase(java.util.Locale.ROOT);
        return (lower.endsWith(key) ? 100 : 0) + description.split(" ").length;
    }

    /** "official" or "the official" stands for the last "city official" described in the article. */
    private static String antecedent(String phrase, List<String> described) {
        if (phrase.contains(" ")) {
            return phrase;
        }
        for (int i = described.size() - 1; i >= 0; i--) {
            String d = described.get(i);
            if (d.toLowerCase(java.util.Locale.ROOT).endsWith(" " + phrase.toLowerCase(java.util.Locale.ROOT))) {
                return d;
            }
        }
        return phrase;
    }

    /** Keeps indefinite descriptions ("a city official", "a military source") as antecedents. */
    private static void remember(List<Token> t, List<String> described) {
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (!w.equals("a") && !w.equals("an")) {
                continue;
            }
            int last = -1;
            for (int j = k + 1; j < t.size() && j - k <= LONGEST_ANTECEDENT && t.get(j).isWord(); j++) {
                if (SpeechWords.SPEAKER_NOUNS.contains(t.get(j).lower())) {
                    last = j;
                }
            }
            if (last > k) {
                StringBuilder sb = new StringBuilder();
                for (int j = k + 1; j <= last; j++) {
                    sb.append(j > k + 1 ? " " : "").append(t.get(j).text());
                }
                described.add(sb.toString());
            }
        }
    }

    private String organisation(List<Entities.Resolved> mentions, int from, int to, int except) {
        for (Entities.Resolved r : mentions) {
            String type = entities.get(r.entity()).type();
            if (r.entity() != except && Entity.ORGANISATION.equals(type) && !r.mention().modifier()
                    && r.mention().from() >= from - 1 && r.mention().to() <= to + 1) {
                return entities.get(r.entity()).name();
            }
        }
        return null;
    }

    private int lastPerson(List<Entities.Resolved> mentions, int before) {
        int p = -1;
        for (Entities.Resolved r : mentions) {
            if (r.mention().to() <= before && Entity.PERSON.equals(entities.get(r.entity()).type())) {
                p = r.entity();
            }
        }
        return p;
    }

    /** An entity ends a subject when no lower-case noun follows it: "the coalition said", not "a city official". */
    private static boolean endsSubject(List<Token> t, Mention m, int to) {
        int k = m.to();
        return k >= to || !t.get(k).isWord() || t.get(k).isCapitalised();
    }

    /** The first verb of saying outside quotation marks, or -1. */
    static int verb(List<Token> t, boolean[] quoted) {
        for (int k = 0; k < t.size(); k++) {
            if (quoted[k]) {
                continue;
            }
            String w = t.get(k).lower();
            if (SpeechWords.VERBS.contains(w)
                    || SpeechWords.ACCORDING.contains(w) && k + 1 < t.size() && t.get(k + 1).lower().equals("to")) {
                return k;
            }
            if (SpeechWords.ESTIMATE_VERBS.contains(w)) {
                for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
                    if (SpeechWords.ESTIMATE_OBJECTS.contains(t.get(j).lower())) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean followsQuote(List<Token> t, int verb) {
        int k = verb - 1;
        while (k >= 0 && t.get(k).text().equals(",")) {
            k--;
        }
        return k >= 0 && t.get(k).isQuoteMark();
    }

    private static int phraseEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && (t.get(k).isWord() || MentionFinder.possessive(t.get(k)))
                && !t.get(k).lower().equals("that") && !t.get(k).lower().equals("in")
                && !t.get(k).lower().equals("on")) {
            k++;
        }
        return k;
    }

    /**
     * What reported speech says: the words after the verb (past its addressee, a date and "that"),
     * or, when those are too few or only a subordinate clause ("said Saturday, as the fall ... nears"),
     * the words before the phrase that names the speaker ("Dozens ... surrendered, the coalition said").
     */
    private static int[] content(String sentence, List<Token> t, int verb, boolean according, int speakerStart) {
        boolean[] dated = new boolean[t.size()];
        for (TimeExpression e : TimeExpressions.find(sentence, t)) {
            for (int k = e.from(); k < e.to(); k++) {
                dated[k] = true;
            }
        }
        int end = t.size();
        while (end > 0 && !t.get(end - 1).isWord()) {
            end--;
        }
        int start = according ? phraseEnd(t, verb + 2) : verb + 1;
        String v = t.get(verb).lower();
        if (v.startsWith("tel") || v.equals("told")) {
            while (start < end && t.get(start).isWord() && (t.get(start).isCapitalised()
                    || ADDRESSEES.contains(t.get(start).lower()))) {
                start++;
            }
        }
        while (start < end && (dated[start] || t.get(start).text().equals(",") || t.get(start).lower().equals("that"))) {
            start++;
        }
        for (int k = start; k < end; k++) {
            if (t.get(k).text().equals(",") && k + 1 < end && SUBORDINATE.contains(t.get(k + 1).lower())) {
                end = k;
                break;
            }
        }
        boolean weak = end - start < 3 || start < end && SUBORDINATE.contains(t.get(start).lower());
        if (weak && speakerStart > 0) {
            int stop = speakerStart;
            while (stop > 0 && !t.get(stop - 1).isWord()) {
                stop--;
            }
            return new int[] {0, stop};
        }
        return new int[] {start, end};
    }
}
