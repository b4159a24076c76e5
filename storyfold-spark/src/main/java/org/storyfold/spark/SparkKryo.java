package org.storyfold.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.sql.SparkSession;
import org.storyfold.Problem;
import org.storyfold.cluster.ArrivalKey;
import org.storyfold.cluster.CorpusTerms;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.extract.RemovedLine;
import org.storyfold.text.Sentence;

/**
 * Kryo for what crosses Spark's shuffles, caches, broadcasts and results: Java serialisation, Spark's
 * default for the Java API, writes each record's class description every hundred objects and its
 * boxed numbers as objects, and costs the job more CPU than some of its steps. Kryo, with the
 * classes registered (written as a small number), writes records component by component through
 * their canonical constructors ({@link RecordSerializer}), the JDK's unmodifiable lists, sets and
 * maps as their elements (read back unmodifiable, in the same order), and an article's sentences as spans of its text ({@link ArticleSerializer}),
 * so the text travels once.
 */
public final class SparkKryo implements KryoRegistrator {

    /**
     * The builder with Kryo and these registrations, and zstd for the shuffles (their bytes are
     * mostly articles' texts, which it packs into about two thirds of what Spark's default lz4
     * does, at a CPU cost small beside the job's) at level {@value #ZSTD_LEVEL}: a session's
     * serializer and codec are fixed when it starts.
     */
    public static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder.config("spark.serializer", KryoSerializer.class.getName())
                .config("spark.kryo.registrator", SparkKryo.class.getName())
                .config("spark.io.compression.codec", "zstd")
                .config("spark.io.compression.zstd.level", String.valueOf(ZSTD_LEVEL));
    }

    /**
     * zstd's level for the shuffles: 3 (zstd's own default) packs the articles' JSON a quarter
     * smaller than Spark's default of 1 (10.4 MB to 7.8 MB of a 23 MB corpus with the zstd tool),
     * for about 0.3 more CPU seconds per 23 MB compressed; reading back costs the same.
     */
    static final int ZSTD_LEVEL = 3;

    /**
     * Each record class's serializer, made once: Spark makes a Kryo for every stream it opens beyond
     * its pool (a shuffle's map task opens one per partition), and reflection on every one costs.
     */
    private static final ClassValue<Serializer<?>> RECORDS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Serializer<?> computeValue(Class<?> type) {
            return new RecordSerializer(type);
        }
    };
    private static final ArticleSerializer ARTICLES = new ArticleSerializer();

    @Override
    public void registerClasses(Kryo kryo) {
        // Defaults added here come before Kryo's own (collections, maps, fields), in this order.
        kryo.addDefaultSerializer(Record.class, (k, type) -> RECORDS.get(type));
        for (String list : List.of("java.util.ImmutableCollections$AbstractImmutableCollection",
                "java.util.Collections$UnmodifiableCollection", "java.util.Arrays$ArrayList")) {
            kryo.addDefaultSerializer(jdkClass(list), new UnmodifiableSerializer());
        }
        kryo.addDefaultSerializer(jdkClass("java.util.ImmutableCollections$AbstractImmutableMap"), new UnmodifiableMapSerializer());
        kryo.addDefaultSerializer(jdkClass("java.util.Collections$UnmodifiableMap"), new UnmodifiableMapSerializer());
        kryo.register(Article.class, ARTICLES);
        kryo.register(Packed.class, new PackedSerializer());
        for (Class<?> c : List.of(Sentence.class, RemovedLine.class, Problem.class, DuplicateGroup.class, CopyLink.class,
                CopyEdits.class, CopyEdits.ChangedSentence.class, CopyEdits.Substitution.class, CopyKind.class,
                ArrivalKey.class, CorpusTerms.class, CorpusTerms.ArticleCounts.class, boolean[].class, float[].class,
                LocalDate.class, OffsetDateTime.class, LocalDate[].class, long[].class, int[].class,
                double[].class, Object[].class, ArrayList.class, HashMap.class, HashSet.class, LinkedHashMap.class,
                Ingested.class, SparkIngest.Part.class, SparkDedup.Found.class, SparkClustering.StoryHead.class,
                SparkClustering.Run.class, SparkClustering.Placed.class, SparkClustering.RunMember.class,
                SparkClustering.RunInput.class,
                SparkClustering.Part.class, SparkClustering.Link.class, SparkClustering.Placement.class,
                SparkClustering.StoryOrder.class, List.of().getClass(), List.of(1).getClass(), List.of(1, 2, 3).getClass(),
                Set.of().getClass(), Set.of(1).getClass(), Set.of(1, 2, 3).getClass(), Map.of().getClass(),
                Map.of(1, 1).getClass(), Map.of(1, 1, 2, 2).getClass(), Collections.unmodifiableList(new ArrayList<>()).getClass())) {
            if (c.isRecord()) {
                kryo.register(c, RECORDS.get(c));
            } else {
                kryo.register(c);
            }
        }
    }

    private static Class<?> jdkClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no " + name + " in this JDK", e);
        }
    }

    /** A record, as its components in order; read back through its canonical constructor. */
    static final class RecordSerializer<T extends Record> extends Serializer<T> {
        private final Method[] accessors;
        private final Constructor<T> constructor;

        RecordSerializer(Class<T> type) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output output, T record) {
            try {
                for (Method accessor : accessors) {
                    kryo.writeClassAndObject(output, accessor.invoke(record));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getName(), e);
            }
        }

        @Override
        public T read(Kryo kryo, Input input, Class<T> type) {
            Object[] values = new Object[accessors.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = kryo.readClassAndObject(input);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot make a " + type.getName(), e);
            }
        }
    }

    /** An unmodifiable list or set of the JDK, as its elements; read back as one of the same kind. */
    static final class UnmodifiableSerializer extends Serializer<Collection<Object>> {
        UnmodifiableSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output output, Collection<Object> c) {
            output.writeBoolean(c instanceof Set);
            output.writeInt(c.size(), true);
            for (Object o : c) {
                kryo.writeClassAndObject(output, o);
            }
        }

        @Override
        public Collection<Object> read(Kryo kryo, Input input, Class<Collection<Object>> type) {
            boolean set = input.readBoolean();
            int n = input.readInt(true);
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(kryo.readClassAndObject(input));
            }
            return set ? Collections.unmodifiableSet(new java.util.LinkedHashSet<>(items)) : Collections.unmodifiableList(items);
        }
    }

    /** An unmodifiable map of the JDK, as its entries; read back as an unmodifiable map. */
    static final class UnmodifiableMapSerializer extends Serializer<Map<Object, Object>> {
        UnmodifiableMapSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output output, Map<Object, Object> m) {
            output.writeInt(m.size(), true);
            for (Map.Entry<Object, Object> e : m.entrySet()) {
                kryo.writeClassAndObject(output, e.getKey());
                kryo.writeClassAndObject(output, e.getValue());
            }
        }

        @Override
        public Map<Object, Object> read(Kryo kryo, Input input, Class<Map<Object, Object>> type) {
            int n = input.readInt(true);
            Map<Object, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                m.put(kryo.readClassAndObject(input), kryo.readClassAndObject(input));
            }
            return Collections.unmodifiableMap(m);
        }
    }

    /** A packed value, as its bytes. */
    static final class PackedSerializer extends Serializer<Packed<?>> {
        PackedSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, Packed<?> p) {
            out.writeVarInt(p.bytes().length, true);
            out.writeBytes(p.bytes());
        }

        @Override
        public Packed<?> read(Kryo kryo, Input in, Class<Packed<?>> type) {
            return Packed.ofBytes(in.readBytes(in.readVarInt(true)));
        }
    }

    /** An article, its sentences as spans of its text when they are (as its Java serialised form). */
    static final class ArticleSerializer extends Serializer<Article> {
        ArticleSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, Article a) {
            out.writeString(a.id());
            out.writeString(a.source());
            out.writeString(a.url());
            writeUtf8(out, a.title());
            writeDate(out, a.published());
            out.writeString(a.outlet());
            out.writeString(a.credit());
            out.writeString(a.dateline());
            writeUtf8(out, a.text());
            kryo.writeClassAndObject(out, a.removed());
            kryo.writeClassAndObject(out, a.repairs());
            boolean spans = true;
            for (Sentence s : a.sentences()) {
                spans &= s.start() >= 0 && s.end() <= a.text().length() && s.end() - s.start() == s.text().length()
                        && a.text().startsWith(s.text(), s.start());
            }
            out.writeBoolean(spans);
            if (spans) {
                out.writeInt(a.sentences().size(), true);
                for (Sentence s : a.sentences()) {
                    out.writeInt(s.start(), true);
                    out.writeInt(s.end(), true);
                    out.writeInt(s.paragraph(), true);
                }
            } else {
                kryo.writeClassAndObject(out, a.sentences());
            }
            writeDate(out, a.modified());
            kryo.writeClassAndObject(out, a.authors());
            out.writeString(a.language());
            out.writeString(a.canonical());
            kryo.writeClassAndObject(out, a.publishedTime());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Article read(Kryo kryo, Input in, Class<Article> type) {
            String id = in.readString();
            String source = in.readString();
            String url = in.readString();
            String title = readUtf8(in);
            LocalDate published = readDate(in);
            String outlet = in.readString();
            String credit = in.readString();
            String dateline = in.readString();
            String text = readUtf8(in);
            List<RemovedLine> removed = (List<RemovedLine>) kryo.readClassAndObject(in);
            List<String> repairs = (List<String>) kryo.readClassAndObject(in);
            List<Sentence> sentences;
            if (in.readBoolean()) {
                int n = in.readInt(true);
                sentences = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int start = in.readInt(true);
                    int end = in.readInt(true);
                    sentences.add(new Sentence(text.substring(start, end), start, end, in.readInt(true)));
                }
            } else {
                sentences = (List<Sentence>) kryo.readClassAndObject(in);
            }
            LocalDate modified = readDate(in);
            List<String> authors = (List<String>) kryo.readClassAndObject(in);
            String language = in.readString();
            String canonical = in.readString();
            return new Article(id, source, url, title, published, outlet, credit, dateline, text, removed, repairs,
                    sentences, modified, authors, language, canonical, (OffsetDateTime) kryo.readClassAndObject(in));
        }

        /**
         * A long string (a text, a title) as its UTF-8 bytes, encoded and decoded by the JDK a
         * block at a time: Kryo's own strings go character by character, and most texts, with a
         * curly quote or an accent, take its slowest path. A string with a surrogate (which UTF-8
         * would not give back unchanged if it were unpaired) is left to Kryo.
         */
        private static void writeUtf8(Output out, String s) {
            if (s == null) {
                out.writeVarInt(0, true);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    out.writeVarInt(1, true);
                    out.writeString(s);
                    return;
                }
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeVarInt(bytes.length + 2, true);
            out.writeBytes(bytes);
        }

        private static String readUtf8(Input in) {
            int n = in.readVarInt(true);
            return n == 0 ? null : n == 1 ? in.readString() : new String(in.readBytes(n - 2), StandardCharsets.UTF_8);
        }

        private static void writeDate(Output out, LocalDate d) {
            out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay(), false);
        }

        private static LocalDate readDate(Input in) {
            long day = in.readLong(false);
            return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        }
    }
}
