package org.storyfold.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a clustering loses B-cubed precision and recall against the gold, so that an engineer can
 * read the cause. B-cubed recall is the mean over the {@code N} items of {@code |gold ∩ story| / |gold|},
 * so a gold cluster {@code G} loses {@code Σ_{a ∈ G} (1 - |G ∩ story(a)| / |G|) / N} of it, which is
 * not zero only when {@code G} is split over several stories; likewise a story loses
 * precision only when it mixes gold clusters. The recall the splits lose sums to {@code 1 - B3-R},
 * the precision the mixes lose to {@code 1 - B3-P}.
 *
 * @param items  the number of items scored ({@code N})
 * @param splits the gold clusters split over several stories, the largest loss first
 * @param mixes  the stories that mix several gold clusters, the largest loss first
 */
public record ClusterLosses(int items, List<Loss> splits, List<Loss> mixes) {

    /**
     * One gold cluster split over stories (its pieces are labelled by story), or one story mixing
     * gold clusters (its pieces are labelled by gold cluster).
     *
     * @param label  the gold cluster or the story
     * @param size   its number of items
     * @param lost   the share of B-cubed recall (a split) or precision (a mix) it loses
     * @param pieces its items grouped by the other side's label, the largest piece first
     */
    public record Loss(String label, int size, double lost, List<Piece> pieces) {

        /** The pieces' sizes, largest first: "4 + 2 + 1". */
        public String sizes() {
            return pieces.stream().map(p -> Integer.toString(p.items().size())).collect(Collectors.joining(" + "));
        }
    }

    /**
     * The items of a split gold cluster that one story holds, or of a mixed story that one gold cluster holds.
     *
     * @param label the story (of a split) or the gold cluster (of a mix)
     * @param whole the size of that story or gold cluster, all of its items counted
     * @param items the items, in the order the clustering lists them
     */
    public record Piece(String label, int whole, List<String> items) {
    }

    /** The losses of {@code predicted} against {@code gold}; both map every item to its label. */
    public static ClusterLosses of(Map<String, String> predicted, Map<String, String> gold) {
        if (!predicted.keySet().equals(gold.keySet())) {
            throw new IllegalArgumentException("predicted and gold must label the same items");
        }
        int n = predicted.size();
        return new ClusterLosses(n, losses(gold, predicted, n), losses(predicted, gold, n));
    }

    /** The recall lost in all: {@code 1 - B3-R}. */
    public double recallLost() {
        return splits.stream().mapToDouble(Loss::lost).sum();
    }

    /** The precision lost in all: {@code 1 - B3-P}. */
    public double precisionLost() {
        return mixes.stream().mapToDouble(Loss::lost).sum();
    }

    /**
     * For each group of {@code by} split by {@code over}: its pieces and what it loses,
     * {@code Σ |piece| (1 - |piece| / |group|) / n}.
     */
    private static List<Loss> losses(Map<String, String> by, Map<String, String> over, int n) {
        Map<String, Map<String, List<String>>> groups = new TreeMap<>();
        Map<String, Integer> overSize = new LinkedHashMap<>();
        by.forEach((item, group) -> {
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .computeIfAbsent(over.get(item), o -> new ArrayList<>()).add(item);
            overSize.merge(over.get(item), 1, Integer::sum);
        });
        List<Loss> losses = new ArrayList<>();
        groups.forEach((group, byOther) -> {
            if (byOther.size() < 2) {
                return;
            }
            int size = byOther.values().stream().mapToInt(List::size).sum();
            double lost = 0;
            List<Piece> pieces = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : byOther.entrySet()) {
                int k = e.getValue().size();
                lost += k * (1 - k / (double) size);
                pieces.add(new Piece(e.getKey(), overSize.get(e.getKey()), List.copyOf(e.getValue())));
            }
            pieces.sort(Comparator.comparingInt((Piece p) -> -p.items().size()).thenComparing(Piece::label));
            losses.add(new Loss(group, size, lost / n, List.copyOf(pieces)));
        });
        losses.sort(Comparator.comparingDouble((Loss l) -> -l.lost()).thenComparing(Loss::label));
        return List.copyOf(losses);
    }

    /**
     * Prints the splits, then the mixes, each item on a line of its own as {@code describe} gives it
     * (its id, date and text start, say).
     */
    public void print(PrintWriter out, Function<String, String> describe) {
        out.printf(Locale.ROOT, "Recall lost, %.3f in all (1 - B3-R), by gold cluster, the largest first: the stories "
                + "each is split into.%n", recallLost());
        for (Loss l : splits) {
            out.printf(Locale.ROOT, "%.4f  gold %s (%d) split %s%n", l.lost(), l.label(), l.size(), l.sizes());
            for (Piece p : l.pieces()) {
                out.printf(Locale.ROOT, "        story %s (%d of its %d):%n", p.label(), p.items().size(), p.whole());
                p.items().forEach(item -> out.println("          " + describe.apply(item)));
            }
        }
        out.printf(Locale.ROOT, "Precision lost, %.3f in all (1 - B3-P), by story, the largest first: the gold clusters "
                + "each mixes.%n", precisionLost());
        for (Loss l : mixes) {
            out.printf(Locale.ROOT, "%.4f  story %s (%d) mixes %s%n", l.lost(), l.label(), l.size(),
                    l.pieces().stream().map(p -> p.label() + " " + p.items().size()).collect(Collectors.joining(" + ")));
            for (Piece p : l.pieces()) {
                out.printf(Locale.ROOT, "        gold %s (%d of its %d):%n", p.label(), p.items().size(), p.whole());
                p.items().forEach(item -> out.println("          " + describe.apply(item)));
            }
        }
        out.flush();
    }
}
