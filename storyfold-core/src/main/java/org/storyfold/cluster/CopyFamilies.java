package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;

/**
 * The families of copies that must share a story: the members of each duplicate group, exact,
 * near or partial (an article that reprints several sentences of a wire story reports its
 * events), with groups that share a member joined; a partial copy only when it reprints at least
 * {@link #BOUND_PARTIAL_SENTENCES} sentences, or they make {@link #BOUND_PARTIAL_SHARE} of its words, or
 * (for the placer) the two pages are alike in words. Stateless.
 */
final class CopyFamilies {

    private CopyFamilies() {
    }

    /**
     * How many sentences a partial copy must reprint to be bound to its original's story, unless they
     * make {@link #BOUND_PARTIAL_SHARE} of its words: one more than the least the copy finder reports
     * ({@code DedupConfig#partialSentences}, 3). Three reprinted sentences are as often a site's
     * furniture printed on two of its pages (a newsletter's sign-up lines, "Story Continued Below",
     * "Want to add to this story?") as a reprint: on multinews-dev three of the four partial copies
     * that joined two events (a singer's death and another singer's break-up, both from one celebrity
     * site) reprint three sentences, and 26 of the 36 partial copies within one event four or more. A
     * weaker partial copy is bound only where its words agree with its original's (see
     * {@link #of(List, BiPredicate)}); else it is placed by its words, as any article is.
     */
    static final int BOUND_PARTIAL_SENTENCES = 4;

    /**
     * The share of a partial copy's words in reprinted sentences ({@link CopyLink#similarity}) that binds
     * it to its original's story however few they are: furniture is a few short lines of a page (8 to
     * 17% of the three copies above), while a report that takes three sentences of a wire story for a
     * fifth of its words retells the story (the seeds' later report on the Raqqa deal, 24%).
     */
    static final double BOUND_PARTIAL_SHARE = 0.2;

    /** The families of at least two articles, each in the order its members were first named. */
    static List<List<String>> of(List<DuplicateGroup> groups) {
        return of(groups, (copy, original) -> true);
    }

    /**
     * As {@link #of(List)}, but a partial copy under both bars is bound to its original only where
     * {@code wordsAgree} (the placer's: the two pages as alike in words as a join asks). The furniture
     * two pages of a site share leaves their words apart; a report that retells three sentences of another
     * about its event is alike in the rest of its words too (on ecbplus-dev, the 2008 Internet Explorer
     * patch's reports, which parted 12 and 5 into two stories once weak partial copies were not bound).
     */
    static List<List<String>> of(List<DuplicateGroup> groups, BiPredicate<String, String> wordsAgree) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (DuplicateGroup g : groups) {
            for (String m : g.members()) {
                find(parent, m);
            }
            if (g.kind() != CopyKind.PARTIAL || g.links().isEmpty()) {
                for (String m : g.members()) {
                    union(parent, g.members().get(0), m);
                }
                continue;
            }
            for (CopyLink link : g.links()) {
                if (link.copiedSentences() >= BOUND_PARTIAL_SENTENCES || link.similarity() >= BOUND_PARTIAL_SHARE
                        || wordsAgree.test(link.copy(), link.original())) {
                    union(parent, link.copy(), link.original());
                }
            }
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String id : new ArrayList<>(parent.keySet())) {
            families.computeIfAbsent(find(parent, id), r -> new ArrayList<>()).add(id);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> f : families.values()) {
            if (f.size() > 1) {
                out.add(f);
            }
        }
        return out;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (true) {
            String p = parent.computeIfAbsent(root, x -> x);
            if (p.equals(root)) {
                break;
            }
            root = p;
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
