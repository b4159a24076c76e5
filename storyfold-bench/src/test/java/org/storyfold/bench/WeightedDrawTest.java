package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedDrawTest {

    /** What the generator did before the guide table: a binary search over all the running sums. */
    private static int searched(double[] cumulative, double x) {
        int i = Arrays.binarySearch(cumulative, x);
        return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = total;
        }
        return cumulative;
    }

    @Test
    void drawsWhatTheBinarySearchFindsOnSkewedAndEvenWeights() {
        Random random = new Random(3);
        for (double[] cumulative : new double[][] {zipf(50_000, 1.1), zipf(5_000, 0), zipf(3, 2), zipf(1, 1)}) {
            WeightedDraw draw = new WeightedDraw(cumulative);
            double total = cumulative[cumulative.length - 1];
            for (int k = 0; k < 200_000; k++) {
                double x = random.nextDouble() * total;
                assertThat(draw.indexOf(x)).isEqualTo(searched(cumulative, x));
            }
            // The running sums themselves, the points just beside them, and the ends.
            for (int i = 0; i < cumulative.length; i++) {
                for (double x : new double[] {cumulative[i], Math.nextDown(cumulative[i]), Math.nextUp(cumulative[i])}) {
                    assertThat(draw.indexOf(x)).as("x=%s", x).isEqualTo(searched(cumulative, x));
                }
            }
            assertThat(draw.indexOf(0)).isEqualTo(searched(cumulative, 0));
            assertThat(draw.indexOf(total * 2)).isEqualTo(cumulative.length - 1);
        }
    }

    @Test
    void drawsInProportionToTheWeights() {
        WeightedDraw draw = new WeightedDraw(new double[] {1, 4, 10});
        Random random = new Random(11);
        int[] counts = new int[3];
        for (int k = 0; k < 100_000; k++) {
            counts[draw.draw(random)]++;
        }
        assertThat(counts[0]).isBetween(9_000, 11_000);
        assertThat(counts[1]).isBetween(29_000, 31_000);
        assertThat(counts[2]).isBetween(59_000, 61_000);
    }
}
