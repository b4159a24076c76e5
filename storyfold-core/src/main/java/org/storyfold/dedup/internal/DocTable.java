package org.storyfold.dedup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index keeps of each document, by document number: its id, what decides the likely
 * original (date, agency credit, length), the exact copy it repeats, and where its profile is.
 * About 60 bytes a document plus its id. Not thread-safe.
 */
public final class DocTable {

    /** Stands for an unknown publication date: sorts after every real one. */
    public static final int UNDATED = Integer.MAX_VALUE;
    public static final long NO_PROFILE = -1;

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private int[] published = new int[16];
    private boolean[] credited = new boolean[16];
    private int[] words = new int[16];
    private int[] sentences = new int[16];
    private int[] exactOf = new int[16];
    private int[] bestOfClass = new int[16];
    private int[] keyedSentences = new int[16];
    private long[] profile = new long[16];
    private int size;

    /** Adds a document and returns its number. */
    public int add(String id, LocalDate date, boolean isCredited, int wordCount, int sentenceCount) {
        int doc = size;
        if (doc == published.length) {
            int n = doc * 2;
            published = Arrays.copyOf(published, n);
            credited = Arrays.copyOf(credited, n);
            words = Arrays.copyOf(words, n);
            sentences = Arrays.copyOf(sentences, n);
            exactOf = Arrays.copyOf(exactOf, n);
            bestOfClass = Arrays.copyOf(bestOfClass, n);
            keyedSentences = Arrays.copyOf(keyedSentences, n);
            profile = Arrays.copyOf(profile, n);
        }
        ids.add(id);
        byId.put(id, doc);
        published[doc] = date == null ? UNDATED : (int) date.toEpochDay();
        credited[doc] = isCredited;
        words[doc] = wordCount;
        sentences[doc] = sentenceCount;
        exactOf[doc] = doc;
        bestOfClass[doc] = doc;
        profile[doc] = NO_PROFILE;
        size++;
        return doc;
    }

    public int size() {
        return size;
    }

    /** The number of the document with {@code id}, or -1. */
    public int find(String id) {
        Integer doc = byId.get(id);
        return doc == null ? -1 : doc;
    }

    public String id(int doc) {
        return ids.get(doc);
    }

    public int published(int doc) {
        return published[doc];
    }

    public boolean credited(int doc) {
        return credited[doc];
    }

    public int words(int doc) {
        return words[doc];
    }

    public int sentences(int doc) {
        return sentences[doc];
    }

    /** The document this one is an exact copy of (its first printing), or itself. */
    public int exactOf(int doc) {
        return exactOf[doc];
    }

    /**
     * Records {@code doc} as an exact copy of {@code first} (a first printing); returns whether
     * it is now the likeliest original of their text.
     */
    public boolean addExactCopy(int doc, int first) {
        exactOf[doc] = first;
        if (compareAsOriginal(doc, bestOfClass[first]) < 0) {
            bestOfClass[first] = doc;
            return true;
        }
        return false;
    }

    /** Of the printings of the text first printed by {@code first}, the likeliest original. */
    public int bestOfClass(int first) {
        return bestOfClass[first];
    }

    public int keyedSentences(int doc) {
        return keyedSentences[doc];
    }

    public void setKeyedSentences(int doc, int n) {
        keyedSentences[doc] = n;
    }

    public long profile(int doc) {
        return profile[doc];
    }

    public void setProfile(int doc, long address) {
        profile[doc] = address;
    }

    /**
     * Compares two documents as {@link org.storyfold.dedup.OriginalOrder} compares articles: the
     * earliest published first (undated last), then the agency-credited, then the longest, then by id.
     */
    public int compareAsOriginal(int a, int b) {
        int c = Integer.compare(published[a], published[b]);
        if (c != 0) {
            return c;
        }
        if (credited[a] != credited[b]) {
            return credited[a] ? -1 : 1;
        }
        c = Integer.compare(words[b], words[a]);
        return c != 0 ? c : ids.get(a).compareTo(ids.get(b));
    }

    /** Bytes of heap held, ids included. */
    public long heapBytes() {
        long bytes = (long) published.length * (4 + 1 + 4 + 4 + 4 + 4 + 4 + 8);
        for (String id : ids) {
            bytes += 40 + id.length() + 48;
        }
        return bytes;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int d = 0; d < size; d++) {
            out.writeUTF(ids.get(d));
            out.writeInt(published[d]);
            out.writeBoolean(credited[d]);
            out.writeInt(words[d]);
            out.writeInt(sentences[d]);
            out.writeInt(exactOf[d]);
            out.writeInt(bestOfClass[d]);
            out.writeInt(keyedSentences[d]);
            out.writeLong(profile[d]);
        }
    }

    public static DocTable read(DataInputStream in) throws IOException {
        DocTable t = new DocTable();
        int n = in.readInt();
        for (int d = 0; d < n; d++) {
            String id = in.readUTF();
            int date = in.readInt();
            int doc = t.add(id, null, in.readBoolean(), 0, 0);
            t.published[doc] = date;
            t.words[doc] = in.readInt();
            t.sentences[doc] = in.readInt();
            t.exactOf[doc] = in.readInt();
            t.bestOfClass[doc] = in.readInt();
            t.keyedSentences[doc] = in.readInt();
            t.profile[doc] = in.readLong();
        }
        return t;
    }
}
