package org.storyfold.dedup.internal;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * What the verifier compares of an article: each sentence as the sorted set of its tokens' 32-bit
 * hashes, with the sentence's word count. About 4 bytes a word. Immutable (its postings are
 * computed once, on first use; sharing a profile between threads is safe, at worst they are
 * computed twice).
 */
public final class Profile {

    private final int[] offsets;
    private final int[] hashes;
    private final int[] words;
    private final int totalWords;
    private long[] postings;

    private Profile(int[] offsets, int[] hashes, int[] words) {
        this.offsets = offsets;
        this.hashes = hashes;
        this.words = words;
        int total = 0;
        for (int w : words) {
            total += w;
        }
        this.totalWords = total;
    }

    /** The profile of a scanned text. */
    public static Profile of(TextScan scan) {
        int sentences = scan.sentences();
        int[] offsets = new int[sentences + 1];
        int[] hashes = new int[scan.tokenCount()];
        int[] words = new int[sentences];
        long[] tokens = scan.tokens();
        int at = 0;
        for (int s = 0; s < sentences; s++) {
            int from = scan.tokenStart(s);
            int to = scan.tokenEnd(s);
            words[s] = to - from;
            int start = at;
            for (int t = from; t < to; t++) {
                hashes[at++] = (int) tokens[t];
            }
            Arrays.sort(hashes, start, at);
            int unique = start;
            for (int k = start; k < at; k++) {
                if (k == start || hashes[k] != hashes[k - 1]) {
                    hashes[unique++] = hashes[k];
                }
            }
            at = unique;
            offsets[s + 1] = at;
        }
        return new Profile(offsets, Arrays.copyOf(hashes, at), words);
    }

    /**
     * Every distinct token hash of the profile, each XOR {@code Integer.MIN_VALUE}, sorted (read
     * off the postings, which are in that order): search it for {@code token ^ MIN_VALUE}.
     */
    public int[] vocabulary() {
        long[] p = postings();
        int[] all = new int[p.length];
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            int key = (int) (p[i] >>> 32);
            if (n == 0 || all[n - 1] != key) {
                all[n++] = key;
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** Where sentence {@code s}'s tokens start in the profile's token array; {@code start(s + 1)} is where they end. */
    int start(int s) {
        return offsets[s];
    }

    /** Token {@code k} of the profile's token array. */
    int token(int k) {
        return hashes[k];
    }

    /** The token hashes of sentence {@code s}, sorted; a copy. */
    public int[] sentence(int s) {
        return Arrays.copyOfRange(hashes, offsets[s], offsets[s + 1]);
    }

    /** This profile with token hashes replaced: {@code from[i]} becomes {@code to[i]} ({@code from} sorted). */
    public Profile replaced(int[] from, int[] to) {
        int[] newOffsets = new int[offsets.length];
        int[] newHashes = new int[hashes.length];
        int at = 0;
        for (int s = 0; s < words.length; s++) {
            int start = at;
            for (int k = offsets[s]; k < offsets[s + 1]; k++) {
                int i = Arrays.binarySearch(from, hashes[k]);
                newHashes[at++] = i >= 0 ? to[i] : hashes[k];
            }
            Arrays.sort(newHashes, start, at);
            int unique = start;
            for (int k = start; k < at; k++) {
                if (k == start || newHashes[k] != newHashes[k - 1]) {
                    newHashes[unique++] = newHashes[k];
                }
            }
            at = unique;
            newOffsets[s + 1] = at;
        }
        return new Profile(newOffsets, Arrays.copyOf(newHashes, at), words.clone());
    }

    public int sentences() {
        return words.length;
    }

    /** The number of words of sentence {@code s}. */
    public int words(int s) {
        return words[s];
    }

    /** The number of distinct tokens of sentence {@code s}. */
    public int distinct(int s) {
        return offsets[s + 1] - offsets[s];
    }

    public int totalWords() {
        return totalWords;
    }

    /** How many token hashes sentence {@code s} of this profile shares with sentence {@code t} of {@code other}. */
    public int shared(int s, Profile other, int t) {
        int i = offsets[s];
        int iEnd = offsets[s + 1];
        int j = other.offsets[t];
        int jEnd = other.offsets[t + 1];
        int[] a = hashes;
        int[] b = other.hashes;
        int count = 0;
        while (i < iEnd && j < jEnd) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                count++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    /**
     * The profile's tokens as sorted postings: {@code (token ^ MIN_VALUE) << 32 | sentence}, so
     * that a token's sentences stand together. Computed once.
     */
    long[] postings() {
        if (postings == null) {
            long[] p = new long[hashes.length];
            for (int s = 0; s < words.length; s++) {
                for (int k = offsets[s]; k < offsets[s + 1]; k++) {
                    p[k] = ((long) (hashes[k] ^ Integer.MIN_VALUE) << 32) | s;
                }
            }
            Arrays.sort(p);
            postings = p;
        }
        return postings;
    }

    /** The index of the first posting of {@code token} in {@code postings}, or where it would be. */
    static int firstPosting(long[] postings, int token) {
        long key = (long) (token ^ Integer.MIN_VALUE) << 32;
        int lo = 0;
        int hi = postings.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (postings[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The number of bytes {@link #writeTo} writes. */
    public int byteSize() {
        return 4 + words.length * 8 + hashes.length * 4;
    }

    /** Writes this profile at the buffer's position (which must be a multiple of 4). */
    public void writeTo(ByteBuffer out) {
        int[] head = new int[1 + 2 * words.length];
        head[0] = words.length;
        for (int s = 0; s < words.length; s++) {
            head[1 + 2 * s] = offsets[s + 1] - offsets[s];
            head[2 + 2 * s] = words[s];
        }
        IntBuffer ints = out.asIntBuffer();
        ints.put(head);
        ints.put(hashes);
        out.position(out.position() + 4 * (head.length + hashes.length));
    }

    /** Reads a profile written by {@link #writeTo} at absolute position {@code at} (a multiple of 4) of {@code in}. */
    public static Profile readFrom(ByteBuffer in, int at) {
        IntBuffer ints = in.duplicate().position(at).asIntBuffer();
        int sentences = ints.get();
        int[] head = new int[2 * sentences];
        ints.get(head);
        int[] offsets = new int[sentences + 1];
        int[] words = new int[sentences];
        for (int s = 0; s < sentences; s++) {
            offsets[s + 1] = offsets[s] + head[2 * s];
            words[s] = head[2 * s + 1];
        }
        int[] hashes = new int[offsets[sentences]];
        ints.get(hashes);
        return new Profile(offsets, hashes, words);
    }
}
