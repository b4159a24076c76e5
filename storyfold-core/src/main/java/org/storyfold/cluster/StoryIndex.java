package org.storyfold.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The inverted index from terms to the active stories that use them prominently, so that an
 * article meets only the stories that share one of its heaviest terms, never a scan of all
 * stories. Stories that go dormant or are merged away are dropped from a posting list lazily, before
 * the list is next read ({@link #prune}). Not thread-safe: queries may run at once, between changes.
 */
final class StoryIndex {

    /** Posting lists longer than this belong to terms too common to pick candidates; they are not read. */
    static final int MAX_POSTING = 5_000;
    /** Lists at least this many are cleared on all cores. */
    private static final int PARALLEL_LISTS = 256;

    private int[][] postings = new int[1024][];
    private int[] lengths = new int[1024];

    /** Lists {@code story} under each of {@code terms} it is not yet listed under. */
    void add(GrowingStory story, TermVector vector, int terms) {
        int[] order = vector.heaviestFirst();
        for (int k = 0; k < Math.min(terms, order.length); k++) {
            int term = vector.ids[order[k]];
            if (story.indexed.add(term)) {
                append(term, story.number);
            }
        }
    }

    /** Lists a restored story under the terms it was listed under when saved. */
    void relist(GrowingStory story) {
        for (int term : story.indexed.toArray()) {
            append(term, story.number);
        }
    }

    /** Lists {@code into} under every term {@code from} was listed under. */
    void absorb(GrowingStory into, GrowingStory from) {
        for (int term : from.indexed.toArray()) {
            if (into.indexed.add(term)) {
                append(term, into.number);
            }
        }
    }

    /**
     * The stories listed under the {@code terms} heaviest terms of {@code vector}, at most
     * {@code max} of them, those sharing the most weight first. Only reads: the lists must have
     * been cleared of stories that can no longer take articles ({@link #prune}) since any of them
     * went quiet or was merged away, so that queries can run on all cores with a {@code scores} each.
     */
    int[] candidates(TermVector vector, int terms, int max, Scores scores) {
        int[] order = vector.heaviestFirst();
        for (int k = 0; k < Math.min(terms, order.length); k++) {
            int term = vector.ids[order[k]];
            if (!readable(term)) {
                continue;
            }
            int[] list = postings[term];
            float weight = vector.weights[order[k]];
            for (int i = 0, n = lengths[term]; i < n; i++) {
                scores.add(list[i], weight);
            }
        }
        return scores.best(max);
    }

    /**
     * Drops the stories that {@code live} refuses from the lists {@link #candidates} reads for the
     * {@code terms} heaviest terms of each of {@code vectors} (nulls are skipped). Each list is
     * cleared once, whatever the vectors sharing it, and separate lists on all cores.
     */
    void prune(List<TermVector> vectors, int terms, IntPredicate live) {
        IntSet seen = new IntSet();
        IntList lists = new IntList();
        for (TermVector v : vectors) {
            if (v == null) {
                continue;
            }
            int[] order = v.heaviestFirst();
            for (int k = 0; k < Math.min(terms, order.length); k++) {
                int term = v.ids[order[k]];
                if (readable(term) && seen.add(term)) {
                    lists.add(term);
                }
            }
        }
        IntStream all = IntStream.range(0, lists.size());
        (lists.size() >= PARALLEL_LISTS ? all.parallel() : all).forEach(i -> prune(lists.get(i), live));
    }

    private void prune(int term, IntPredicate live) {
        int[] list = postings[term];
        int n = lengths[term];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int story = list[i];
            if (live.test(story)) {
                list[kept++] = story;
            }
        }
        lengths[term] = kept;
    }

    /** A list queries read: one that exists and belongs to a term not too common to pick candidates. */
    private boolean readable(int term) {
        return term < postings.length && postings[term] != null && lengths[term] <= MAX_POSTING;
    }

    private void append(int term, int story) {
        if (term >= postings.length) {
            int size = Math.max(term + 1, postings.length * 2);
            postings = Arrays.copyOf(postings, size);
            lengths = Arrays.copyOf(lengths, size);
        }
        int[] list = postings[term];
        if (list == null) {
            list = postings[term] = new int[2];
        } else if (lengths[term] == list.length) {
            list = postings[term] = Arrays.copyOf(list, list.length * 2);
        }
        list[lengths[term]++] = story;
    }

    /** Sums of shared weight per story, reused from query to query. */
    static final class Scores {
        private float[] score = new float[1024];
        private int[] touched = new int[64];
        private int count;

        void add(int story, float weight) {
            if (story >= score.length) {
                score = Arrays.copyOf(score, Math.max(story + 1, score.length * 2));
            }
            if (score[story] == 0) {
                if (count == touched.length) {
                    touched = Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = story;
            }
            score[story] += weight;
        }

        /** The {@code max} best stories (ties to the lower number), and a reset for the next query. */
        int[] best(int max) {
            long[] keyed = new long[count];
            for (int i = 0; i < count; i++) {
                int story = touched[i];
                // Scores are positive, so their float bits order like the values.
                keyed[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(score[story])) << 32) | story;
            }
            Arrays.sort(keyed);
            int[] out = new int[Math.min(max, count)];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) keyed[i];
            }
            for (int i = 0; i < count; i++) {
                score[touched[i]] = 0;
            }
            count = 0;
            return out;
        }
    }

    /** Unused posting memory is not returned; this says how many entries the lists hold, for figures. */
    long entries() {
        long n = 0;
        for (int len : lengths) {
            n += len;
        }
        return n;
    }
}
