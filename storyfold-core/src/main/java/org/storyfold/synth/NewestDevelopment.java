package org.storyfold.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;

/**
 * Finds the article that brought a story's newest development: among the articles whose stated
 * date agrees with their content, the latest-dated one that is not a print of a text already
 * published earlier, when it is later than the story's first report. Stateless.
 */
final class NewestDevelopment {

    private NewestDevelopment() {
    }

    /** The index in {@code articles} of the newest development's article, or -1 when the story has not grown since its first day. */
    static int find(List<Article> articles, Set<String> misdated, SourceGrouping grouping) {
        LocalDate first = null;
        LocalDate last = null;
        for (Article a : articles) {
            if (a.published() != null && !misdated.contains(a.id())) {
                first = first == null || a.published().isBefore(first) ? a.published() : first;
                last = last == null || a.published().isAfter(last) ? a.published() : last;
            }
        }
        if (first == null || !last.isAfter(first)) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (!last.equals(a.published()) || misdated.contains(a.id()) || printedBefore(a, articles, misdated, grouping)) {
                continue;
            }
            if (best < 0 || OriginalOrder.LIKELY_ORIGINAL_FIRST.compare(a, articles.get(best)) < 0) {
                best = i;
            }
        }
        return best;
    }

    /** Whether another print of the article's text (an exact or near copy either way) is dated earlier. */
    private static boolean printedBefore(Article a, List<Article> articles, Set<String> misdated, SourceGrouping grouping) {
        for (Article o : articles) {
            if (o != a && o.published() != null && !misdated.contains(o.id()) && o.published().isBefore(a.published())
                    && grouping.sameFamily(a.id(), o.id())) {
                return true;
            }
        }
        return false;
    }
}
