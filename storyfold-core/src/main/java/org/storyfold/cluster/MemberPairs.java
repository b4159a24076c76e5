package org.storyfold.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * How alike a group's members are among themselves, kept as it grows: the products of the scaled
 * vectors of every two members of different units (families of copies are placed as one, and their
 * copies would count as alike), each pair counted both ways, and how many such ordered pairs there are.
 * For a sum of scaled vectors {@code S = sum s_i v_i}, the products over pairs are {@code |S|^2} less
 * each member's own; added up join by join, they need one product of the two sums a join, on the
 * centroid's terms like every likeness the clusterer compares. A later copy of a member, placed in its
 * story by the copy, adds no pairs. Mutable; not known (and never judged) for a story of two or more
 * articles read from a stream saved before it was kept ({@link StoryStreamFile}, version 9); a story of
 * one article read from one has none.
 */
final class MemberPairs {

    private double sum;
    /** Ordered pairs counted; negative when not known. */
    private double count;

    private MemberPairs(double sum, double count) {
        this.sum = sum;
        this.count = count;
    }

    /** A group's pairs before it holds two units. */
    static MemberPairs none() {
        return new MemberPairs(0, 0);
    }

    /** A story's pairs that were not saved with it. */
    static MemberPairs unknown() {
        return new MemberPairs(0, -1);
    }

    MemberPairs copy() {
        return new MemberPairs(sum, count);
    }

    /**
     * Takes in a group of {@code otherSize} members whose pairs are {@code other} (null for one unit) joined
     * to this one's {@code size}, {@code dot} the product of the two groups' scaled sums.
     */
    void join(int size, MemberPairs other, int otherSize, double dot) {
        if (count < 0 || (other != null && other.count < 0)) {
            sum = 0;
            count = -1;
            return;
        }
        sum += 2 * dot + (other == null ? 0 : other.sum);
        count += 2.0 * size * otherSize + (other == null ? 0 : other.count);
    }

    void write(DataOutput out) throws IOException {
        out.writeDouble(sum);
        out.writeDouble(count);
    }

    static MemberPairs read(DataInput in) throws IOException {
        double sum = in.readDouble();
        return new MemberPairs(sum, in.readDouble());
    }

    /** The mean product over the pairs, NaN when there is none or it is not known. */
    double mean() {
        return count <= 0 ? Double.NaN : sum / count;
    }
}
