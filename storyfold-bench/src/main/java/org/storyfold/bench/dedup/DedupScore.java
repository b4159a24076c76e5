package org.storyfold.bench.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;

/**
 * Scores found copies against a synthetic corpus's gold, pair by pair.
 *
 * <p>Copies: every two members of a wire family (original, reprints, exact copies) are a gold
 * pair; every two members of a found exact or near group (or a pair a peer reports) are a found
 * pair; precision, recall and F1 over those pairs. A pair a peer reports between a partial reuse
 * and the family it reuses is neither right nor wrong as a copy (peers have no kinds); found in a
 * storyfold near group it is a wrong copy. Partial reuses: the share of them related, in any way,
 * to some member of the family they reuse. Hard negatives: the share of (negative, family member)
 * pairs related in any way. Other false alarms: relations between articles the gold leaves
 * unrelated: relations between articles of different events (two articles made from one event's
 * wire story, such as two partial reuses of it, may share its sentences and are not counted).
 */
public final class DedupScore {

    /**
     * The figures.
     *
     * @param copyPrecision      found copy pairs that are gold copy pairs
     * @param copyRecall         gold copy pairs found
     * @param copyF1             their harmonic mean
     * @param partialRecall      partial reuses related to the family they reuse
     * @param negativeRate       (negative, family member) pairs found related
     * @param negativePairs      how many such pairs the gold holds
     * @param otherFalsePairs    relations found between articles of different events
     * @param foundPairs         copy pairs found
     */
    public record Figures(double copyPrecision, double copyRecall, double copyF1, double partialRecall,
                          double negativeRate, long negativePairs, long otherFalsePairs, long foundPairs) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final int[] family;
    private final int[] reuses;
    private final int[] negativeOf;
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final List<Integer> partials = new ArrayList<>();
    private final List<Integer> negatives = new ArrayList<>();
    private long goldPairs;
    private long negativePairs;

    public DedupScore(List<Gold> gold) {
        family = new int[gold.size()];
        reuses = new int[gold.size()];
        negativeOf = new int[gold.size()];
        Map<String, Integer> families = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            index.put(g.id(), i);
            family[i] = g.family() == null ? -1 : families.computeIfAbsent(g.family(), k -> families.size());
        }
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            reuses[i] = g.reuses() == null ? -1 : families.getOrDefault(g.reuses(), -1);
            negativeOf[i] = g.negativeOf() == null ? -1 : families.getOrDefault(g.negativeOf(), -1);
            if (family[i] >= 0) {
                members.computeIfAbsent(family[i], k -> new ArrayList<>()).add(i);
            }
            if (reuses[i] >= 0) {
                partials.add(i);
            }
            if (negativeOf[i] >= 0) {
                negatives.add(i);
            }
        }
        for (List<Integer> m : members.values()) {
            goldPairs += pairs(m.size());
        }
        for (int n : negatives) {
            negativePairs += members.get(negativeOf[n]).size();
        }
    }

    /** Scores storyfold's groups: exact and near groups are copies, partial links are reuses. */
    public Figures groups(List<DuplicateGroup> groups) {
        Relations related = new Relations();
        long found = 0;
        long right = 0;
        long other = 0;
        for (DuplicateGroup g : groups) {
            List<Integer> ids = g.members().stream().map(this::number).toList();
            if (g.kind() == CopyKind.PARTIAL) {
                for (CopyLink l : g.links()) {
                    int a = number(l.copy());
                    int b = number(l.original());
                    related.add(a, b);
                    if (!sameEvent(a, b)) {
                        other++;
                    }
                }
                continue;
            }
            found += pairs(ids.size());
            Map<Integer, Integer> perFamily = new HashMap<>();
            for (int m : ids) {
                if (family[m] >= 0) {
                    perFamily.merge(family[m], 1, Integer::sum);
                }
            }
            for (int count : perFamily.values()) {
                right += pairs(count);
            }
            related.group(ids);
            if (ids.size() <= 200) {
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        if (!sameEvent(ids.get(i), ids.get(j))) {
                            other++;
                        }
                    }
                }
            }
        }
        return figures(found, right, related, other);
    }

    /** Scores a peer's pairs: each is a copy pair, or a found partial reuse. */
    public Figures pairs(List<long[]> found, double least, double[] similarity) {
        Relations related = new Relations();
        long counted = 0;
        long right = 0;
        long other = 0;
        for (int k = 0; k < found.size(); k++) {
            if (similarity[k] < least) {
                continue;
            }
            int a = (int) found.get(k)[0];
            int b = (int) found.get(k)[1];
            related.add(a, b);
            if (family[a] >= 0 && family[a] == family[b]) {
                counted++;
                right++;
            } else if (!partialPair(a, b)) {
                counted++;
                if (!sameEvent(a, b)) {
                    other++;
                }
            }
        }
        return figures(counted, right, related, other);
    }

    /** The number the scorer gives an id, for peers that report pairs of numbers. */
    public int number(String id) {
        Integer n = index.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no gold for article " + id);
        }
        return n;
    }

    private Figures figures(long found, long right, Relations related, long other) {
        double p = found == 0 ? 1 : right / (double) found;
        double r = goldPairs == 0 ? 1 : right / (double) goldPairs;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        int partialFound = 0;
        for (int pa : partials) {
            for (int m : members.get(reuses[pa])) {
                if (related.has(pa, m)) {
                    partialFound++;
                    break;
                }
            }
        }
        long negativeFound = 0;
        for (int n : negatives) {
            for (int m : members.get(negativeOf[n])) {
                if (related.has(n, m)) {
                    negativeFound++;
                }
            }
        }
        return new Figures(p, r, f1, partials.isEmpty() ? 1 : partialFound / (double) partials.size(),
                negativePairs == 0 ? 0 : negativeFound / (double) negativePairs, negativePairs, other, found);
    }

    private boolean partialPair(int a, int b) {
        return reuses[a] >= 0 && reuses[a] == family[b] || reuses[b] >= 0 && reuses[b] == family[a];
    }

    /** Whether a and b were made from one event's wire story (as its copies, reuses or other reports). */
    boolean sameEvent(int a, int b) {
        int ea = event(a);
        return ea >= 0 && ea == event(b);
    }

    private int event(int i) {
        return family[i] >= 0 ? family[i] : reuses[i] >= 0 ? reuses[i] : negativeOf[i];
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    /** Which articles are related: pairs, and groups whose members are all related. */
    private static final class Relations {
        private final Set<Long> pairs = new HashSet<>();
        private final Map<Integer, Integer> groupOf = new HashMap<>();
        private int groups;

        void add(int a, int b) {
            pairs.add(key(a, b));
        }

        void group(List<Integer> members) {
            int g = groups++;
            for (int m : members) {
                groupOf.put(m, g);
            }
        }

        boolean has(int a, int b) {
            Integer ga = groupOf.get(a);
            return ga != null && ga.equals(groupOf.get(b)) || pairs.contains(key(a, b));
        }

        private static long key(int a, int b) {
            return ((long) Math.min(a, b) << 32) | Math.max(a, b);
        }
    }
}
