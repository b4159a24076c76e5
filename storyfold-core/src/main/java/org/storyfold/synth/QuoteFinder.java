package org.storyfold.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.text.SentenceAligner;

/**
 * Collects who said what in a story. A quotation takes the speaker its sentence attributes it to;
 * without one, the speaker of the quotation just before it in the article (a quote continued over
 * several sentences, "We will not stop."). A sentence of reported
 * speech gives the words after its verb of saying, with the verb kept, and a denial stays a
 * denial ("denied that any deal would be cut" is of kind {@code denied}); a negated verb ("did not
 * confirm that") attributes nothing. Quotations of one speaker whose content keys mostly agree
 * are one quote, however each outlet worded them. Stateless.
 */
final class QuoteFinder {

    private static final int SHORTEST_QUOTE = 4;
    private static final int CONTINUATION_REACH = 2;
    private static final double SAME_QUOTE = 0.5;

    private record Found(int article, int sentence, Speaker speaker, String kind, String text, Set<String> keys,
                         String verb) {
    }

    private QuoteFinder() {
    }

    static List<Quote> find(StoryText story, Attributor attributor, ContentKeys keys) {
        List<Found> found = new ArrayList<>();
        for (int a = 0; a < story.articleCount(); a++) {
            Speaker last = null;
            int lastSentence = -10;
            for (int s = 0; s < story.sentenceCount(a); s++) {
                List<Token> t = story.tokens(a, s);
                String sentence = story.sentence(a, s);
                Attribution at = attributor.at(a, s);
                if (at != null && negated(t, at.verb())) {
                    // "did not confirm that ...": the speaker did not say what follows.
                    at = null;
                }
                List<Quotes.Span> spans = Quotes.spans(t);
                boolean any = false;
                for (Quotes.Span span : spans) {
                    if (words(t, span.from(), span.to()) < SHORTEST_QUOTE) {
                        continue;
                    }
                    any = true;
                    boolean attributed = at != null && (at.verb() < span.from() || at.verb() >= span.to());
                    Speaker speaker = attributed ? at.speaker() : s - lastSentence <= CONTINUATION_REACH ? last : null;
                    if (speaker == null) {
                        continue;
                    }
                    found.add(new Found(a, s, speaker, Quote.DIRECT, text(sentence, t, span.from(), span.to()),
                            keys.of(story, a, s, span.from(), span.to()), attributed ? verb(t, at.verb()) : null));
                    last = speaker;
                    lastSentence = s;
                }
                if (!any && spans.isEmpty() && at != null && words(t, at.contentFrom(), at.contentTo()) >= SHORTEST_QUOTE) {
                    String verb = verb(t, at.verb());
                    String lower = t.get(at.verb()).lower();
                    String kind = SpeechWords.DENIALS.contains(lower) ? Quote.DENIED
                            : SpeechWords.DISPUTES.contains(lower) ? Quote.DISPUTED : Quote.REPORTED;
                    found.add(new Found(a, s, at.speaker(), kind, text(sentence, t, at.contentFrom(), at.contentTo()),
                            keys.of(story, a, s, at.contentFrom(), at.contentTo()), verb));
                }
            }
        }
        return merge(story, found);
    }

    private static List<Quote> merge(StoryText story, List<Found> found) {
        List<List<Found>> groups = new ArrayList<>();
        for (Found f : found) {
            List<Found> home = null;
            for (List<Found> g : groups) {
                Found first = g.get(0);
                if (first.speaker().key().equals(f.speaker().key()) && first.kind().equals(f.kind())
                        && SentenceAligner.jaccard(first.keys(), f.keys()) >= SAME_QUOTE) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(f);
        }
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> g : groups) {
            Map<String, Set<String>> wordings = new LinkedHashMap<>();
            Set<String> sources = new LinkedHashSet<>();
            for (Found f : g) {
                sources.add(story.id(f.article()));
                wordings.computeIfAbsent(f.text(), k -> new LinkedHashSet<>()).add(story.id(f.article()));
            }
            List<Quote.Variant> variants = new ArrayList<>();
            if (wordings.size() > 1) {
                wordings.forEach((text, ids) -> variants.add(new Quote.Variant(text, new ArrayList<>(ids))));
            }
            Found first = g.get(0);
            String affiliation = g.stream().map(f -> f.speaker().affiliation()).filter(x -> x != null).findFirst()
                    .orElse(null);
            quotes.add(new Quote(first.speaker().name(), affiliation, first.kind(), first.text(),
                    new ArrayList<>(sources), variants, first.verb()));
        }
        return quotes;
    }

    /** The verb of saying as printed: "said", or "according to". */
    private static String verb(List<Token> t, int verb) {
        String w = t.get(verb).text();
        return SpeechWords.ACCORDING.contains(t.get(verb).lower()) && verb + 1 < t.size() ? w + " " + t.get(verb + 1).text() : w;
    }

    /** Whether the verb of saying is negated: "did not confirm", "never said", "declined to say". */
    private static boolean negated(List<Token> t, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            String w = t.get(k).lower();
            if (SpeechWords.NEGATIONS.contains(w)) {
                return true;
            }
            if (!t.get(k).isWord() && !w.equals("'")) {
                return false;
            }
        }
        return false;
    }

    private static int words(List<Token> t, int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (t.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** The sentence's own characters from token {@code from} to {@code to}, without a trailing comma. */
    private static String text(String sentence, List<Token> t, int from, int to) {
        int end = to;
        while (end > from && (t.get(end - 1).text().equals(",") || t.get(end - 1).isQuoteMark())) {
            end--;
        }
        return sentence.substring(t.get(from).start(), t.get(end - 1).end());
    }
}
