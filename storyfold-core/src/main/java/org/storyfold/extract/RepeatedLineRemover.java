package org.storyfold.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.storyfold.text.SentenceSplitter;

/**
 * Corpus-aware furniture removal, a step over the whole batch after each article is extracted: a
 * paragraph that the same outlet prints in many of its articles ("Follow us on Twitter", a
 * newsletter pitch, a standing disclaimer) is furniture, and is taken out of those articles with
 * the reason {@code repeated across the outlet}. Exact copies of one text count once, so that an
 * outlet printing the same story twice does not lose it, and an article never loses more than
 * half of its text this way. Returns new articles; thread-safe.
 */
public final class RepeatedLineRemover {

    /** An outlet needs this many distinct articles in the batch before its lines are compared. */
    static final int MIN_OUTLET_ARTICLES = 4;
    /** A paragraph is furniture when this many distinct articles of its outlet print it ... */
    static final int MIN_REPEATS = 3;
    /** ... and they are at least this share of the outlet's articles. */
    static final double MIN_SHARE = 0.25;
    /** Longer paragraphs are article text even when repeated (a reprinted passage). */
    static final int MAX_CHARS = 300;
    static final String REASON = "repeated across the outlet";

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The articles in the same order, furniture paragraphs taken out. */
    public List<Article> clean(List<Article> articles) {
        Map<String, List<Integer>> byOutlet = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String outlet = outletKey(articles.get(i));
            if (outlet != null) {
                byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(i);
            }
        }
        List<Article> out = new ArrayList<>(articles);
        for (List<Integer> members : byOutlet.values()) {
            Set<String> furniture = furniture(articles, members);
            if (furniture.isEmpty()) {
                continue;
            }
            for (int i : members) {
                out.set(i, without(articles.get(i), furniture::contains));
            }
        }
        return out;
    }

    /**
     * The outlet an article is compared within (its name in lower case), or null when it names
     * none. With {@link #lines}, {@link #isFurniture} and {@link #without}, the rule in parts, for a
     * runner that counts a batch's paragraphs apart from its articles (Spark): within an outlet,
     * count the distinct texts, and for each of its articles' lines the distinct texts that print it.
     */
    public static String outletKey(Article a) {
        String outlet = a.outlet();
        return outlet == null || outlet.isBlank() ? null : outlet.toLowerCase(Locale.ROOT);
    }

    /** The paragraphs of an article that may be furniture (those short enough), each once. */
    public static Set<String> lines(Article a) {
        Set<String> lines = new HashSet<>();
        for (String p : a.text().split("\n\n")) {
            if (p.length() <= MAX_CHARS) {
                lines.add(p);
            }
        }
        return lines;
    }

    /**
     * Whether a paragraph that {@code printings} distinct texts of an outlet print is furniture, when
     * the outlet has {@code texts} distinct texts in the batch.
     */
    public static boolean isFurniture(int printings, int texts) {
        return texts >= MIN_OUTLET_ARTICLES && printings >= MIN_REPEATS && printings >= MIN_SHARE * texts;
    }

    private static Set<String> furniture(List<Article> articles, List<Integer> members) {
        Set<String> texts = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i : members) {
            Article a = articles.get(i);
            if (texts.add(a.text())) {
                lines(a).forEach(l -> counts.merge(l, 1, Integer::sum));
            }
        }
        Set<String> furniture = new HashSet<>();
        counts.forEach((line, n) -> {
            if (isFurniture(n, texts.size())) {
                furniture.add(line);
            }
        });
        return furniture;
    }

    /**
     * The article with its {@code furniture} paragraphs taken out; the article itself when none is,
     * when nothing would be left, or when they are more than half of its text.
     */
    public Article without(Article a, Predicate<String> furniture) {
        List<String> kept = new ArrayList<>();
        List<RemovedLine> removed = new ArrayList<>(a.removed());
        int removedChars = 0;
        for (String p : a.text().split("\n\n")) {
            if (furniture.test(p)) {
                removed.add(new RemovedLine(p, REASON));
                removedChars += p.length();
            } else {
                kept.add(p);
            }
        }
        if (kept.isEmpty() || removedChars * 2 > a.text().length() || removed.size() == a.removed().size()) {
            return a;
        }
        String text = String.join("\n\n", kept);
        return new Article(a.id(), a.source(), a.url(), a.title(), a.published(), a.outlet(), a.credit(), a.dateline(),
                text, removed, a.repairs(), splitter.split(text), a.modified(), a.authors(), a.language(), a.canonical(), a.publishedTime());
    }
}
