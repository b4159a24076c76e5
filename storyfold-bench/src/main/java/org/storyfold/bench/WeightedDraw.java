package org.storyfold.bench;

import java.util.Random;

/**
 * Draws an index with probability proportional to its weight, given the weights' running sums.
 * The answer is the binary search's over all of them (the first index whose running sum reaches
 * the drawn point), found in a guide table of equal slices of the total (Chen and Asau, 1974):
 * each slice knows the range of indexes its points can land on, so a draw searches a few entries
 * instead of the whole vocabulary. The same random numbers give the same indexes as before.
 */
final class WeightedDraw {

    private final double[] cumulative;
    private final double total;
    /** {@code first[s]}: the first index whose running sum reaches slice {@code s}'s lowest point. */
    private final int[] first;
    private final double slicesPerUnit;

    /** {@code cumulative}: running sums of positive weights, strictly increasing; not copied, never written. */
    WeightedDraw(double[] cumulative) {
        if (cumulative.length == 0) {
            throw new IllegalArgumentException("no weights");
        }
        this.cumulative = cumulative;
        this.total = cumulative[cumulative.length - 1];
        int slices = cumulative.length;
        this.slicesPerUnit = slices / total;
        this.first = new int[slices + 1];
        int i = 0;
        for (int s = 0; s <= slices; s++) {
            double low = s / slicesPerUnit;
            while (i < cumulative.length - 1 && cumulative[i] < low) {
                i++;
            }
            first[s] = i;
        }
    }

    /** An index drawn with {@code random}: one {@link Random#nextDouble()}. */
    int draw(Random random) {
        return indexOf(random.nextDouble() * total);
    }

    /** The first index whose running sum is at least {@code x} (the last index if none is). */
    int indexOf(double x) {
        int s = (int) Math.min(first.length - 2, Math.max(0, x * slicesPerUnit));
        int lo = first[s];
        int hi = first[s + 1];
        // The slice's bounds are computed in floating point: widen them until they hold the answer.
        while (lo > 0 && cumulative[lo - 1] >= x) {
            lo--;
        }
        while (hi < cumulative.length - 1 && cumulative[hi] < x) {
            hi++;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
