package org.storyfold.dedup.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What the verifier compares of an article: each sentence as the sorted set of its tokens' 32-bit
 * hashes, with the sentence's word count. About 4 bytes a word. Immutable.
 */
public final class Profile {

    private final int[] offsets;
    private final int[] hashes;
    private final int[] words;
    private final int totalWords;

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

    /** Every distinct token hash of the profile, sorted. */
    public int[] vocabulary() {
        int[] all = hashes.clone();
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
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

    /** The number of bytes {@link #writeTo} writes. */
    public int byteSize() {
        return 4 + words.length * 8 + hashes.length * 4;
    }

    /** Writes this profile at the buffer's position. */
    public void writeTo(ByteBuffer out) {
        out.putInt(words.length);
        for (int s = 0; s < words.length; s++) {
            out.putInt(offsets[s + 1] - offsets[s]);
            out.putInt(words[s]);
        }
        for (int h : hashes) {
            out.putInt(h);
        }
    }

    /** Reads a profile written by {@link #writeTo} at absolute position {@code at} of {@code in}. */
    public static Profile readFrom(ByteBuffer in, int at) {
        int sentences = in.getInt(at);
        at += 4;
        int[] offsets = new int[sentences + 1];
        int[] words = new int[sentences];
        for (int s = 0; s < sentences; s++) {
            offsets[s + 1] = offsets[s] + in.getInt(at);
            words[s] = in.getInt(at + 4);
            at += 8;
        }
        int[] hashes = new int[offsets[sentences]];
        for (int k = 0; k < hashes.length; k++) {
            hashes[k] = in.getInt(at);
            at += 4;
        }
        return new Profile(offsets, hashes, words);
    }
}
