package org.storyfold.cluster;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Writes and reads a {@link StoryStream}'s state as gzip-compressed binary: the settings, the
 * vocabulary with its document frequencies, the corpus's vector sum, and every story with its
 * members, centroid, background, sum of density scales, dates, headline candidates and index terms.
 * Streams saved by the first version, without a background, are read and go on without one; those
 * saved before the third, without density scaling, go on without it; those saved before the fourth, without
 * the stories' participants and figures ({@link EventKeys}), go on without weighing conflicts; those saved
 * before the fifth count each weekday a story's leads named as named by one member; those saved before the
 * sixth go on without the days their leads named; those saved before the seventh go on without weighing
 * the subjects their leads give; those saved before the eighth go on with time falling as an exponential
 * ({@link TimeDecay#EXPONENTIAL}) and, as those saved once no longer young, go on placing batches as
 * they come (a young stream's held articles and copy families, {@link YoungStreamRefold},
 * are saved since the eighth); those saved before the ninth go on without judging their stories' cohesion
 * ({@link MemberPairs}): a story of theirs joins another as it did before. The article-to-story map and
 * the index are rebuilt on reading. Stateless.
 */
final class StoryStreamFile {

    private static final String MAGIC = "storyfold-story-stream";
    /**
     * Version 2 adds the background: the corpus's vector sum, each story's background and its weight;
     * version 3 the density scaling: its two settings and each story's sum of scales; version 4 the
     * conflict weights and each story's {@link EventKeys}; version 5 each story's count of members per
     * weekday its leads name ({@link LeadDay#counted}) where a mask of the days stood; version 6 the days
     * of the month its leads name, in its {@link EventKeys}; version 7 the subject-conflict weight and
     * the names each story's headlines and leads give, in its {@link EventKeys}; version 8 the shape of
     * time's decay ({@link TimeDecay}, after the settings) and a young stream's
     * held articles (id, headline, date and text: what the clusterer reads of them), copy families and how
     * many it held at its last fold; version 9 each story's {@link MemberPairs}, after its sum of scales;
     * version 10 a young stream's copy groups with their links (kind, original, and each link's copy,
     * original, kind, likeness and sentences), where the families stood, so that a partial copy of a few
     * sentences is judged at the next fold as it would have been without the save ({@link CopyFamilies}).
     */
    private static final int VERSION = 10;
    private static final long NO_DATE = Long.MIN_VALUE;

    private StoryStreamFile() {
    }

    static void write(StoryRegistry s, YoungStreamRefold young, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        writeString(out, MAGIC);
        out.writeInt(VERSION);
        ClusterConfig c = s.config;
        out.writeDouble(c.threshold());
        out.writeDouble(c.titleWeight());
        out.writeDouble(c.nameWeight());
        out.writeDouble(c.mergeThreshold());
        out.writeDouble(c.storylineThreshold());
        out.writeDouble(c.timeScaleDays());
        out.writeInt(c.dormantDays());
        out.writeInt(c.maxTerms());
        out.writeDouble(c.backgroundWeight());
        out.writeInt(c.neighbours());
        out.writeDouble(c.densityFloor());
        out.writeDouble(c.figureConflict());
        out.writeDouble(c.nameConflict());
        out.writeDouble(c.subjectConflict());
        out.writeByte(c.timeDecay().ordinal());
        writeDate(out, s.clock);
        out.writeLong(s.arrivals);
        Vocabulary v = s.vocabulary;
        out.writeLong(v.documents());
        out.writeInt(v.size());
        for (int i = 0; i < v.size(); i++) {
            writeString(out, v.term(i));
            out.writeInt(v.documentFrequency(i));
        }
        out.writeLong(s.summed);
        int nonZero = 0;
        for (double x : s.termSums) {
            nonZero += x != 0 ? 1 : 0;
        }
        out.writeInt(nonZero);
        for (int i = 0; i < s.termSums.length; i++) {
            if (s.termSums[i] != 0) {
                out.writeInt(i);
                out.writeDouble(s.termSums[i]);
            }
        }
        out.writeInt(s.nameSurfaces.size());
        for (Map.Entry<Integer, String> e : s.nameSurfaces.entrySet()) {
            out.writeInt(e.getKey());
            writeString(out, e.getValue());
        }
        out.writeInt(s.stories.size());
        for (GrowingStory story : s.stories) {
            out.writeInt(story.mergedInto);
            out.writeBoolean(story.dormant);
            writeDate(out, story.first);
            writeDate(out, story.last);
            out.writeLong(story.days);
            out.writeLong(story.lastArrival);
            out.writeDouble(story.background);
            out.writeDouble(story.scales);
            story.pairs.write(out);
            story.keys.write(out);
            out.writeInt(story.members.size());
            for (String m : story.members) {
                writeString(out, m);
            }
            TermVector centroid = story.centroid.asVector();
            writeVector(out, centroid);
            writeString(out, story.fixedTitle);
            out.writeInt(story.titles.size());
            for (GrowingStory.TitleCandidate t : story.titles) {
                writeString(out, t.title());
                writeVector(out, t.vector());
            }
            int[] indexed = story.indexed.toArray();
            out.writeInt(indexed.length);
            for (int term : indexed) {
                out.writeInt(term);
            }
        }
        out.writeBoolean(young != null);
        if (young != null) {
            out.writeInt(young.articles().size());
            for (Article a : young.articles()) {
                writeString(out, a.id());
                writeString(out, a.title());
                writeDate(out, a.published());
                writeString(out, a.text());
            }
            List<DuplicateGroup> copies = young.copies();
            out.writeInt(copies.size());
            for (DuplicateGroup g : copies) {
                out.writeInt(g.members().size());
                for (String id : g.members()) {
                    writeString(out, id);
                }
                writeString(out, g.original());
                writeString(out, g.kind().name());
                out.writeDouble(g.similarity());
                out.writeInt(g.links().size());
                for (CopyLink l : g.links()) {
                    writeString(out, l.copy());
                    writeString(out, l.original());
                    writeString(out, l.kind().name());
                    out.writeDouble(l.similarity());
                    out.writeInt(l.copiedSentences());
                }
            }
            out.writeInt(young.folded());
        }
        out.flush();
        gzip.finish();
        gzip.flush();
    }

    static StoryStream read(InputStream source, Supplier<LocalDate> latestPlausible) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        String magic = readString(in);
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a saved story stream (it does not start with " + MAGIC + ")");
        }
        int version = in.readInt();
        if (version < 1 || version > VERSION) {
            throw new IOException("saved story stream has version " + version + "; this storyfold reads versions 1 to "
                    + VERSION);
        }
        // Version 1 streams were folded on plain mean cosines: they go on without a background; streams
        // before version 3 were folded on unscaled cosines: they go on without scaling.
        boolean background = version >= 2;
        boolean scaled = version >= 3;
        boolean keyed = version >= 4;
        boolean weekdayCounts = version >= 5;
        boolean subjects = version >= 7;
        double threshold = in.readDouble();
        double titleWeight = in.readDouble();
        double nameWeight = in.readDouble();
        double mergeThreshold = in.readDouble();
        double storylineThreshold = in.readDouble();
        double timeScaleDays = in.readDouble();
        int dormantDays = in.readInt();
        int maxTerms = in.readInt();
        double backgroundWeight = background ? in.readDouble() : 0;
        int neighbours = scaled ? in.readInt() : 0;
        double densityFloor = scaled ? in.readDouble() : ClusterConfig.defaults().densityFloor();
        double figureConflict = keyed ? in.readDouble() : 0;
        double nameConflict = keyed ? in.readDouble() : 0;
        double subjectConflict = subjects ? in.readDouble() : 0;
        // Streams before version 8 were folded with time falling as an exponential: they go on with it.
        TimeDecay timeDecay = version >= 8 ? readTimeDecay(in) : TimeDecay.EXPONENTIAL;
        ClusterConfig config = new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor,
                figureConflict, nameConflict, subjectConflict);
        LocalDate clock = readDate(in);
        long arrivals = in.readLong();
        long documents = in.readLong();
        int terms = in.readInt();
        List<String> vocabulary = new ArrayList<>(terms);
        int[] df = new int[terms];
        for (int i = 0; i < terms; i++) {
            vocabulary.add(readString(in));
            df[i] = in.readInt();
        }
        long summed = 0;
        double[] termSums = new double[Math.max(1024, terms)];
        if (background) {
            summed = in.readLong();
            int nonZero = in.readInt();
            for (int i = 0; i < nonZero; i++) {
                int id = in.readInt();
                if (id < 0 || id >= termSums.length) {
                    throw new IOException("saved story stream is damaged: term " + id + " of " + terms);
                }
                termSums[id] = in.readDouble();
            }
        }
        int surfaces = in.readInt();
        Map<Integer, String> nameSurfaces = new HashMap<>(surfaces * 2);
        for (int i = 0; i < surfaces; i++) {
            nameSurfaces.put(in.readInt(), readString(in));
        }
        int count = in.readInt();
        List<GrowingStory> stories = new ArrayList<>(count);
        Map<String, Integer> storyOfArticle = new HashMap<>();
        for (int n = 0; n < count; n++) {
            GrowingStory story = new GrowingStory(n, StoryRegistry.CENTROID_TERMS);
            story.mergedInto = in.readInt();
            story.dormant = in.readBoolean();
            story.first = readDate(in);
            story.last = readDate(in);
            story.days = weekdayCounts ? in.readLong() : LeadDay.counted(in.readInt(), 1);
            story.lastArrival = in.readLong();
            story.background = background ? in.readDouble() : 0;
            double scales = scaled ? in.readDouble() : -1;
            MemberPairs pairs = version >= 9 ? MemberPairs.read(in) : null;
            story.keys = keyed ? EventKeys.read(in, subjects ? 5 : version >= 6 ? 4 : 3) : EventKeys.none();
            int members = in.readInt();
            for (int i = 0; i < members; i++) {
                String id = readString(in);
                story.members.add(id);
                storyOfArticle.put(id, n);
            }
            // Saved before the pairs were kept: a story of one article has none, a larger one's are not known.
            story.pairs = pairs != null ? pairs : members < 2 ? MemberPairs.none() : MemberPairs.unknown();
            story.scales = scales >= 0 ? scales : members;
            TermVector centroid = readVector(in);
            story.centroid = Centroid.restore(StoryRegistry.CENTROID_TERMS, centroid.ids, centroid.weights);
            story.fixedTitle = readString(in);
            int titles = in.readInt();
            for (int i = 0; i < titles; i++) {
                story.titles.add(new GrowingStory.TitleCandidate(readString(in), readVector(in)));
            }
            int indexed = in.readInt();
            for (int i = 0; i < indexed; i++) {
                story.indexed.add(in.readInt());
            }
            stories.add(story);
        }
        StoryStream stream = new StoryStream(new StoryRegistry(config, Vocabulary.restore(vocabulary, df, documents),
                stories, storyOfArticle, nameSurfaces, clock, arrivals, termSums, summed), latestPlausible);
        if (version >= 8 && in.readBoolean()) {
            int held = in.readInt();
            List<Article> articles = new ArrayList<>(held);
            for (int i = 0; i < held; i++) {
                String id = readString(in);
                String title = readString(in);
                LocalDate published = readDate(in);
                String text = readString(in);
                if (id == null || text == null) {
                    throw new IOException("saved story stream is damaged: a held article without an id or text");
                }
                articles.add(new Article(id, "", null, title, published, null, null, null, text, List.of(), List.of(),
                        List.of()));
            }
            int groups = in.readInt();
            List<DuplicateGroup> copies = new ArrayList<>(groups);
            for (int i = 0; i < groups; i++) {
                int size = in.readInt();
                List<String> members = new ArrayList<>(size);
                for (int k = 0; k < size; k++) {
                    members.add(readString(in));
                }
                if (version < 10) {
                    // A family, bound whole as it was before the links were saved.
                    copies.add(new DuplicateGroup(members, members.get(0), CopyKind.NEAR, 1, List.of()));
                    continue;
                }
                String original = readString(in);
                CopyKind kind = copyKind(readString(in));
                double similarity = in.readDouble();
                int links = in.readInt();
                List<CopyLink> read = new ArrayList<>(links);
                for (int k = 0; k < links; k++) {
                    read.add(new CopyLink(readString(in), readString(in), copyKind(readString(in)), in.readDouble(),
                            in.readInt()));
                }
                copies.add(new DuplicateGroup(members, original, kind, similarity, read));
            }
            stream.young(articles, copies, in.readInt());
        }
        return stream;
    }

    private static void writeVector(DataOutputStream out, TermVector v) throws IOException {
        out.writeInt(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.writeInt(v.ids[i]);
            out.writeFloat(v.weights[i]);
        }
    }

    private static TermVector readVector(DataInputStream in) throws IOException {
        int n = in.readInt();
        int[] ids = new int[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.readInt();
            weights[i] = in.readFloat();
        }
        return new TermVector(ids, weights);
    }

    private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    private static LocalDate readDate(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    private static TimeDecay readTimeDecay(DataInputStream in) throws IOException {
        int shape = in.readUnsignedByte();
        if (shape >= TimeDecay.values().length) {
            throw new IOException("saved story stream has an unknown time decay " + shape);
        }
        return TimeDecay.values()[shape];
    }

    private static CopyKind copyKind(String name) throws IOException {
        for (CopyKind k : CopyKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new IOException("saved story stream is damaged (a copy kind \"" + name + "\")");
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > 1 << 26) {
            throw new IOException("saved story stream is damaged (a string of " + n + " bytes)");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new IOException("saved story stream is truncated");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
