package org.storyfold.bench.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.storyfold.dedup.internal.TokenHash;

/**
 * Writes a synthetic syndication corpus, one news event at a time: a wire story (an agency's
 * original), the outlets' reprints of it (cut, extended, re-headlined, in their house style:
 * "IS" as "Daesh", "Raqa" as "Raqqa", "per cent" as "%"), now and then an exact copy, articles of
 * their own that reprint three to six of its sentences (partial reuses), and independent reports
 * of the same event that share its names and at most two of its sentences, a quote or a
 * background line (the hard negatives); then unrelated articles to fill the size. Every article
 * comes with its gold. No sentence is printed twice by base texts (a {@link SentenceRegistry}
 * replaces repeats), so articles share sentences only where the gold says so. Deterministic for
 * a seed: events are made from their own random streams, in parallel, and handed over in event
 * order.
 */
final class SyntheticCorpus {

    /** Events made at once, in parallel. */
    private static final int CHUNK = 2048;
    private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

    private final BasePool pool;
    private final long seed;

    SyntheticCorpus(BasePool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** Makes {@code size} articles and hands each to {@code sink} with its gold. */
    void generate(int size, BiConsumer<CorpusArticle, Gold> sink) {
        SentenceRegistry registry = new SentenceRegistry();
        int written = 0;
        int first = 0;
        while (written < size) {
            // An event makes 3.5 articles on average: make about as many as are still needed.
            int count = Math.min(CHUNK, 16 + (size - written) / 3);
            int from = first;
            first += count;
            // 1. Plans and base texts, in parallel; 2. no sentence twice in the corpus, in event
            // order; 3. the articles, in parallel.
            List<Plan> plans = IntStream.range(from, from + count).parallel().mapToObj(this::plan).toList();
            for (Plan plan : plans) {
                plan.bases().forEach((index, sentences) -> unique(index, sentences, registry));
            }
            List<List<Made>> events = plans.parallelStream().map(this::assemble).toList();
            for (List<Made> event : events) {
                for (Made m : event) {
                    if (written < size) {
                        sink.accept(m.article(), m.gold());
                        written++;
                    }
                }
            }
        }
    }

    private record Made(CorpusArticle article, Gold gold) {
    }

    /**
     * What event {@code e} holds, drawn first, and the base texts it needs, by number: 5e the wire
     * story, 5e+1 and 5e+2 the partial reuses' own text, 5e+3 the other report's, 5e+4 the
     * sentences reprints add.
     */
    private record Plan(int event, boolean single, int copies, boolean exact, int partials, boolean negative, long seed,
                        java.util.SortedMap<Long, List<String>> bases) {
    }

    private Plan plan(int e) {
        // Mixed, not a multiple of the generator's own increment: streams of neighbouring events must not overlap.
        SplittableRandom r = new SplittableRandom(TokenHash.mix(seed * 0xD1B54A32D192ED03L + e));
        boolean single = r.nextDouble() < 0.12;
        int copies = 0;
        while (copies < 8 && r.nextDouble() < 0.6) {
            copies++;
        }
        boolean exact = r.nextDouble() < 0.08;
        int partials = r.nextDouble() < 0.35 ? (r.nextDouble() < 0.3 ? 2 : 1) : 0;
        boolean negative = r.nextDouble() < 0.6;
        java.util.SortedMap<Long, List<String>> bases = new java.util.TreeMap<>();
        long base = 5L * e;
        bases.put(base, new ArrayList<>(pool.base(base)));
        if (!single) {
            for (int p = 0; p < partials; p++) {
                bases.put(base + 1 + p, new ArrayList<>(pool.base(base + 1 + p)));
            }
            if (negative) {
                bases.put(base + 3, new ArrayList<>(pool.base(base + 3)));
            }
            if (copies > 0 || partials > 0) {
                bases.put(base + 4, new ArrayList<>(pool.base(base + 4)));
            }
        }
        return new Plan(e, single, copies, exact, partials, negative, r.nextLong(), bases);
    }

    /** Replaces each sentence of a base that the corpus already holds by a new one. */
    private void unique(long index, List<String> sentences, SentenceRegistry registry) {
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            for (int attempt = 0; !registry.take(s); attempt++) {
                s = pool.replacement(index, i, attempt);
            }
            sentences.set(i, s);
        }
    }

    /** The articles of a planned event, the wire original first. */
    private List<Made> assemble(Plan plan) {
        SplittableRandom r = new SplittableRandom(plan.seed());
        long base = 5L * plan.event();
        String family = "f" + plan.event();
        List<Made> out = new ArrayList<>();
        if (plan.single()) {
            out.add(new Made(article(r, pool.headline(r), date(r), "outlet-" + r.nextInt(500), null, plan.bases().get(base)),
                    new Gold(null, "single", null, null, null, 0)));
            return withIds(out, r);
        }
        List<String> wire = plan.bases().get(base);
        List<String> spare = plan.bases().getOrDefault(base + 4, List.of());
        int[] nextSpare = {0};
        java.util.function.Supplier<String> own = () -> spare.get(nextSpare[0]++ % spare.size());
        List<String> names = OutletStyle.names(wire, 4);
        String wireText = String.join(" ", wire);
        String agency = StyleLists.AGENCIES.get(r.nextInt(StyleLists.AGENCIES.size()));
        LocalDate day = date(r);
        String headline = pool.headline(r);
        out.add(new Made(article(r, headline, day, agency, r.nextDouble() < 0.85 ? agency : null, wire),
                new Gold(null, "original", family, null, null, 0)));
        for (int c = 0; c < plan.copies(); c++) {
            OutletStyle style = OutletStyle.draw(r, wireText, names);
            String title = r.nextDouble() < 0.3 ? style.apply(headline) : pool.headline(r);
            out.add(new Made(article(r, title, day.plusDays(r.nextInt(3)), "outlet-" + r.nextInt(500),
                    r.nextBoolean() ? agency : null, reprint(wire, style, own, r)), new Gold(null, "copy", family, null, null, 0)));
        }
        if (plan.exact()) {
            CorpusArticle original = out.get(0).article();
            String text = original.text().replace("\n\n", "\n").replace(". ", ".  ");
            out.add(new Made(new CorpusArticle(null, original.title(), day.plusDays(1), "outlet-" + r.nextInt(500), null, text),
                    new Gold(null, "exact", family, null, null, 0)));
        }
        for (int p = 0; p < plan.partials(); p++) {
            Made m = partial(wire, names, wireText, day, plan.bases().get(base + 1 + p), own, family, r);
            if (m != null) {
                out.add(m);
            }
        }
        if (plan.negative()) {
            out.add(negative(wire, names, wireText, day, plan.bases().get(base + 3), family, r));
        }
        return withIds(out, r);
    }

    /** A reprint: cut at the end, a few sentences dropped or trimmed, the outlet's style, a few of its own added. */
    private List<String> reprint(List<String> wire, OutletStyle style, java.util.function.Supplier<String> own,
                                 SplittableRandom r) {
        List<String> kept = new ArrayList<>(wire);
        if (r.nextDouble() < 0.6) {
            int keep = Math.max(3, (int) Math.ceil(kept.size() * (0.5 + 0.5 * r.nextDouble())));
            kept = new ArrayList<>(kept.subList(0, Math.min(keep, kept.size())));
        }
        for (int dropped = 0, i = kept.size() - 1; i >= 1 && dropped < 3; i--) {
            if (kept.size() > 3 && r.nextDouble() < 0.06) {
                kept.remove(i);
                dropped++;
            }
        }
        List<String> out = new ArrayList<>(kept.size() + 3);
        int words = 0;
        for (String s : kept) {
            String edited = style.apply(s);
            if (r.nextDouble() < 0.12) {
                edited = trim(edited, r);
            }
            out.add(edited);
            words += wordCount(edited);
        }
        // A reprint's own additions stay under a quarter of its words: most of a near copy is the wire's.
        if (r.nextBoolean()) {
            int budget = (int) (words * 0.25);
            for (int a = 1 + r.nextInt(3); a > 0; a--) {
                String added = own.get();
                budget -= wordCount(added);
                if (budget < 0) {
                    break;
                }
                out.add(1 + r.nextInt(out.size()), added);
            }
        }
        return out;
    }

    /**
     * An article of its own that reprints a run of three to six of the wire story's longer
     * sentences, never more than half of them (else it would be an extended reprint), among at
     * least 1.6 times as many words of its own.
     */
    private Made partial(List<String> wire, List<String> names, String wireText, LocalDate day, List<String> base,
                         java.util.function.Supplier<String> spare, String family, SplittableRandom r) {
        int run = Math.min(3 + r.nextInt(4), wire.size() / 2);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; run >= 3 && i + run <= wire.size(); i++) {
            boolean long8 = true;
            for (int j = i; j < i + run; j++) {
                long8 &= wordCount(wire.get(j)) >= 8;
            }
            if (long8) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return null;
        }
        int start = starts.get(r.nextInt(starts.size()));
        OutletStyle style = r.nextBoolean() ? OutletStyle.draw(r, wireText, names) : OutletStyle.NONE;
        List<String> reused = new ArrayList<>();
        int reusedWords = 0;
        for (int j = start; j < start + run; j++) {
            reused.add(style.apply(wire.get(j)));
            reusedWords += wordCount(reused.get(reused.size() - 1));
        }
        List<String> own = new ArrayList<>(base);
        int ownWords = own.stream().mapToInt(SyntheticCorpus::wordCount).sum();
        while (ownWords < reusedWords * 1.6) {
            String s = spare.get();
            own.add(s);
            ownWords += wordCount(s);
        }
        int at = r.nextInt(own.size() + 1);
        own.addAll(at, reused);
        return new Made(article(r, pool.headline(r), day.plusDays(1 + r.nextInt(30)), "outlet-" + r.nextInt(500), null, own),
                new Gold(null, "partial", null, family, null, run));
    }

    /** An independent report of the event: its own text, the story's names, and at most two of its sentences. */
    private Made negative(List<String> wire, List<String> names, String wireText, LocalDate day, List<String> base,
                          String family, SplittableRandom r) {
        List<String> own = new ArrayList<>(base);
        List<String> ownNames = OutletStyle.names(own, 4);
        for (int i = 0; i < Math.min(names.size(), ownNames.size()); i++) {
            java.util.regex.Pattern from = OutletStyle.word(ownNames.get(i));
            String to = java.util.regex.Matcher.quoteReplacement(names.get(i));
            own.replaceAll(s -> from.matcher(s).replaceAll(to));
        }
        double q = r.nextDouble();
        int shared = q < 0.2 ? 0 : q < 0.6 ? 1 : 2;
        OutletStyle style = r.nextBoolean() ? OutletStyle.draw(r, wireText, names) : OutletStyle.NONE;
        List<Integer> longOnes = new ArrayList<>();
        for (int i = 0; i < wire.size(); i++) {
            // One sentence as the copy index segments text too (a base sentence holding "..." may be
            // two), so that a negative shares exactly the sentences its gold says.
            if (wordCount(wire.get(i)) >= 8 && org.storyfold.dedup.internal.TextScan.of(wire.get(i), 4).sentences() == 1) {
                longOnes.add(i);
            }
        }
        shared = Math.min(shared, longOnes.size());
        for (int k = 0; k < shared; k++) {
            int pick = longOnes.remove(r.nextInt(longOnes.size()));
            own.add(r.nextInt(own.size() + 1), style.apply(wire.get(pick)));
        }
        String agency = r.nextBoolean() ? StyleLists.AGENCIES.get(r.nextInt(StyleLists.AGENCIES.size())) : null;
        return new Made(article(r, pool.headline(r), day.plusDays(r.nextInt(5) - 2), "outlet-" + r.nextInt(500), agency, own),
                new Gold(null, "negative", null, null, family, shared));
    }

    /**
     * Removes a short trailing clause (after the last comma, at most a quarter of the words), or
     * one word: an edit that leaves the sentence recognisably the wire's.
     */
    private static String trim(String sentence, SplittableRandom r) {
        int comma = sentence.lastIndexOf(", ");
        if (comma > 0 && r.nextBoolean() && wordCount(sentence.substring(0, comma)) >= Math.max(8, wordCount(sentence) * 3 / 4)) {
            return sentence.substring(0, comma) + ".";
        }
        String[] words = sentence.split(" ");
        if (words.length <= 9) {
            return sentence;
        }
        int drop = 1 + r.nextInt(words.length - 2);
        List<String> kept = new ArrayList<>(List.of(words));
        kept.remove(drop);
        return String.join(" ", kept);
    }

    private CorpusArticle article(SplittableRandom r, String title, LocalDate published, String outlet, String credit,
                                  List<String> sentences) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < sentences.size()) {
            int n = 1 + r.nextInt(3);
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + n))));
            i += n;
        }
        return new CorpusArticle(null, title, published, outlet, credit, text.toString());
    }

    private static List<Made> withIds(List<Made> made, SplittableRandom r) {
        List<Made> out = new ArrayList<>(made.size());
        for (Made m : made) {
            String id = String.format(Locale.ROOT, "a%016x", r.nextLong());
            CorpusArticle a = m.article();
            Gold g = m.gold();
            out.add(new Made(new CorpusArticle(id, a.title(), a.published(), a.outlet(), a.credit(), a.text()),
                    new Gold(id, g.role(), g.family(), g.reuses(), g.negativeOf(), g.shared())));
        }
        return out;
    }

    private static LocalDate date(SplittableRandom r) {
        return EPOCH.plusDays(r.nextInt(3000));
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
