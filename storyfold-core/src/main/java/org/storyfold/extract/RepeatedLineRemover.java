package org.storyfold.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
            String outlet = articles.get(i).outlet();
            if (outlet != null && !outlet.isBlank()) {
                byOutlet.computeIfAbsent(outlet.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            }
        }
        List<Article> out = new ArrayList<>(articles);
        for (List<Integer> members : byOutlet.values()) {
            Set<String> furniture = furniture(articles, members);
            if (furniture.isEmpty()) {
                continue;
            }
            for (int i : members) {
                out.set(i, without(articles.get(i), furniture));
            }
        }
        return out;
    }

    private static Set<String> furniture(List<Article> articles, List<Integer> members) {
        Set<String> texts = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i : members) {
            Article a = articles.get(i);
            if (!texts.add(a.text())) {
                continue;
            }
            Set<String> lines = new HashSet<>();
            for (String p : a.text().split("\n\n")) {
                if (p.length() <= MAX_CHARS) {
                    lines.add(p);
                }
            }
            lines.forEach(l -> counts.merge(l, 1, Integer::sum));
        }
        Set<String> furniture = new HashSet<>();
        if (texts.size() < MIN_OUTLET_ARTICLES) {
            return furniture;
        }
        counts.forEach((line, n) -> {
            if (n >= MIN_REPEATS && n >= MIN_SHARE * texts.size()) {
                furniture.add(line);
            }
        });
        return furniture;
    }

    private Article without(Article a, Set<String> furniture) {
        List<String> kept = new ArrayList<>();
        List<RemovedLine> removed = new ArrayList<>(a.removed());
        int removedChars = 0;
        for (String p : a.text().split("\n\n")) {
            if (furniture.contains(p)) {
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
