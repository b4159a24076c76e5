package org.storyfold.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes made-up news as JSON Lines, a line per article, for tests and load runs that need many
 * articles: events of one to eight articles each, told in paragraphs of sentences that share the
 * event's names and topics, some articles printed again by other outlets word for word or with
 * edits, as wire copies are. The same seed writes the same articles.
 */
public final class JsonLinesNews {

    /** How long the articles are. */
    public enum Size {
        /** Two or three sentences, each a paragraph: for tests that need many articles fast. */
        SMALL(2, 3, 1),
        /** Six to fourteen sentences in paragraphs of two, some 200 words: like a news report. */
        NORMAL(6, 14, 2);

        final int minSentences;
        final int maxSentences;
        final int sentencesPerParagraph;

        Size(int minSentences, int maxSentences, int sentencesPerParagraph) {
            this.minSentences = minSentences;
            this.maxSentences = maxSentences;
            this.sentencesPerParagraph = sentencesPerParagraph;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final Random random;
    private final Size size;

    public JsonLinesNews(long seed, Size size) {
        this.random = new Random(seed);
        this.size = size;
    }

    /** Writes {@code articles} articles, ids {@code a000001} on, one JSON object a line. */
    public void write(int articles, Writer out) throws IOException {
        int written = 0;
        int event = 0;
        while (written < articles) {
            Event e = new Event(event++);
            int count = Math.min(articles - written, 1 + random.nextInt(8));
            List<String> first = null;
            for (int i = 0; i < count; i++) {
                List<String> sentences;
                double kind = random.nextDouble();
                if (first != null && kind < 0.15) {
                    sentences = first;
                } else if (first != null && kind < 0.4) {
                    sentences = edited(first, e);
                } else {
                    sentences = e.report();
                }
                if (first == null) {
                    first = sentences;
                }
                written++;
                line(out, String.format("a%06d", written), e, sentences, i == 0);
            }
        }
    }

    private void line(Writer out, String id, Event e, List<String> sentences, boolean wire) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("url", "https://news.example/" + id);
            g.writeStringField("title", e.title());
            g.writeStringField("published", e.day.plusDays(random.nextInt(3)).toString());
            g.writeStringField("outlet", pick(SyntheticWords.OUTLETS));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sentences.size(); i++) {
                text.append(i == 0 ? "" : i % size.sentencesPerParagraph == 0 ? "\n\n" : " ").append(sentences.get(i));
            }
            g.writeStringField("text", wire ? text + " — " + e.agency : text.toString());
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** A reprint: the same sentences, one perhaps dropped, some words changed. */
    private List<String> edited(List<String> original, Event e) {
        List<String> out = new ArrayList<>(original);
        if (out.size() > 2 && random.nextBoolean()) {
            out.remove(1 + random.nextInt(out.size() - 1));
        }
        int i = random.nextInt(out.size());
        out.set(i, out.get(i).replace(" the ", " a ").replaceFirst(e.place, e.place + " city"));
        return out;
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private String name() {
        StringBuilder b = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            b.append(pick(SyntheticWords.SYLLABLES));
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** One event: its own names, words, day and wire agency, which its articles share and others do not. */
    private final class Event {
        final String place = name();
        final String person = name() + " " + name();
        final String organisation = name() + " " + pick(List.of("Council", "Group", "Union", "Ministry", "Authority"));
        final List<String> topics = List.of(pick(SyntheticWords.NOUNS), pick(SyntheticWords.NOUNS), pick(SyntheticWords.NOUNS));
        final List<String> verbs = List.of(pick(SyntheticWords.VERBS), pick(SyntheticWords.VERBS));
        /** Words of the event's own: a project, a product, a district, as real stories have. */
        final List<String> terms = List.of(name().toLowerCase(java.util.Locale.ROOT), name().toLowerCase(java.util.Locale.ROOT),
                name().toLowerCase(java.util.Locale.ROOT), name().toLowerCase(java.util.Locale.ROOT));
        final LocalDate day;
        final String agency = pick(SyntheticWords.AGENCIES);

        Event(int n) {
            day = FIRST_DAY.plusDays(n % 900);
        }

        String title() {
            return place + " " + topics.get(0) + " " + verbs.get(0) + " over " + terms.get(0) + " " + topics.get(1);
        }

        List<String> report() {
            int n = size.minSentences + random.nextInt(size.maxSentences - size.minSentences + 1);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // A report does not print one sentence twice (the event's few words can draw it again).
                String s = sentence(i);
                for (int tries = 0; out.contains(s) && tries < 20; tries++) {
                    s = sentence(i);
                }
                out.add(s);
            }
            return out;
        }

        private String sentence(int i) {
            String topic = pickFrom(topics);
            String other = pickFrom(topics);
            String term = pickFrom(terms);
            String second = pickFrom(terms);
            String verb = pickFrom(verbs);
            String adjective = pick(SyntheticWords.ADJECTIVES);
            int number = 2 + random.nextInt(500);
            // Frames of function words only: what tells two events apart is their own words, as in real news.
            return switch ((i + random.nextInt(3)) % 6) {
                case 0 -> "The " + organisation + " " + verb + " the " + term + " " + topic + " in " + place + ".";
                case 1 -> person + " said the " + term + " " + topic + " was " + verb + " by the " + organisation + ".";
                case 2 -> "In " + place + ", the " + second + " " + other + " " + verb + " the " + term + " " + topic + ".";
                case 3 -> number + " " + term + " " + other + " were " + verb + " at the " + second + " " + topic
                        + " of " + organisation + ".";
                case 4 -> person + " and the " + organisation + " " + verb + " the " + adjective + " " + term + " "
                        + topic + ".";
                default -> "The " + term + " " + other + " in " + place + " was " + verb + " before the " + second
                        + " " + topic + ".";
            };
        }

        private String pickFrom(List<String> words) {
            return words.get(random.nextInt(words.size()));
        }
    }
}
