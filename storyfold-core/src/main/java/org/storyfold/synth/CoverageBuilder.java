package org.storyfold.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Lists a story's coverage from its articles and the copies dedup found among them. The members
 * of a family of copies that credit one agency, and no other, are prints of that agency's
 * dispatch: none is called the original of another. First and last dates come only from
 * articles whose stated date agrees with their content. Stateless.
 */
public final class CoverageBuilder {

    private CoverageBuilder() {
    }

    /**
     * The coverage of the story made of {@code articles} (in story order).
     *
     * @param copies   the duplicate groups among them (groups may name articles of other stories)
     * @param misdated the articles whose stated date contradicts their content
     */
    public static Coverage build(List<Article> articles, List<DuplicateGroup> copies, Set<String> misdated) {
        SourceGrouping grouping = new SourceGrouping(articles, copies);
        return build(articles, copies, misdated, grouping);
    }

    static Coverage build(List<Article> articles, List<DuplicateGroup> copies, Set<String> misdated,
                          SourceGrouping grouping) {
        Map<String, Integer> position = new HashMap<>();
        articles.forEach(a -> position.put(a.id(), position.size()));
        List<IndependentSource> sources = grouping.storySources();
        Map<String, IndependentSource> sourceOf = new HashMap<>();
        sources.forEach(s -> s.articles().forEach(id -> sourceOf.put(id, s)));
        Map<String, String> wholeOriginal = new HashMap<>();
        Map<String, String> partialOriginal = new HashMap<>();
        java.util.Set<String> copied = new java.util.HashSet<>();
        for (DuplicateGroup g : copies) {
            for (CopyLink l : g.links()) {
                if (!position.containsKey(l.copy()) || !position.containsKey(l.original())) {
                    continue;
                }
                copied.add(l.original());
                (l.kind() == CopyKind.PARTIAL ? partialOriginal : wholeOriginal).putIfAbsent(l.copy(), l.original());
            }
        }
        List<Coverage.Entry> entries = new ArrayList<>();
        for (Article a : articles) {
            String role;
            String copyOf = null;
            if (grouping.inFamily(a.id()) && sourceOf.get(a.id()).agency() != null) {
                role = Coverage.WIRE;
            } else if (wholeOriginal.containsKey(a.id())) {
                role = Coverage.COPY;
                copyOf = wholeOriginal.get(a.id());
            } else if (partialOriginal.containsKey(a.id())) {
                role = Coverage.PARTIAL;
                copyOf = partialOriginal.get(a.id());
            } else if (copied.contains(a.id())) {
                role = Coverage.ORIGINAL;
            } else {
                role = Coverage.INDEPENDENT;
            }
            entries.add(new Coverage.Entry(a.id(), a.outlet(), a.credit(), a.published(), a.url(), role, copyOf,
                    misdated.contains(a.id())));
        }
        entries.sort(Comparator.comparing(Coverage.Entry::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> position.get(e.article())));

        LocalDate first = null;
        LocalDate last = null;
        for (Article a : articles) {
            if (misdated.contains(a.id()) || a.published() == null) {
                continue;
            }
            first = first == null || a.published().isBefore(first) ? a.published() : first;
            LocalDate latest = a.modified() != null && a.modified().isAfter(a.published()) ? a.modified() : a.published();
            last = last == null || latest.isAfter(last) ? latest : last;
        }
        Coverage.FirstReport firstReported = null;
        if (first != null) {
            LocalDate day = first;
            List<String> earliest = entries.stream().filter(e -> !e.misdated() && day.equals(e.published()))
                    .map(Coverage.Entry::article).toList();
            firstReported = new Coverage.FirstReport(earliest.size() == 1 ? earliest.get(0) : null, day, earliest);
        }
        return new Coverage(entries, sources, firstReported, last);
    }
}
