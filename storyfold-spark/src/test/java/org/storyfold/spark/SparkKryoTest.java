package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.storyfold.Digest;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Article;
import org.storyfold.text.Sentence;
import scala.Tuple2;
import scala.reflect.ClassTag;

class SparkKryoTest {

    private static final ClassTag<Object> ANY = scala.reflect.ClassTag$.MODULE$.apply(Object.class);

    private final SerializerInstance kryo = new KryoSerializer(new SparkConf()
            .set("spark.kryo.registrator", SparkKryo.class.getName())).newInstance();

    /** The seeds' articles, groups and their keyed pairs come back equal, and an article in fewer bytes than Java writes. */
    @Test
    void writesTheDigestsObjectsAndReadsThemBackEqual() {
        Digest d = new Storyfold(StoryfoldConfig.defaults()).digest(List.of(LocalSpark.seeds()), p -> { }, Progress.NONE);
        assertThat(d.duplicates()).isNotEmpty();
        for (Article a : d.articles()) {
            assertThat(a.sentences()).isNotEmpty();
            assertThat(roundTrip(a)).isEqualTo(a);
            assertThat(roundTrip(new Tuple2<>(7L, new Ingested(a, null)))).isEqualTo(new Tuple2<>(7L, new Ingested(a, null)));
            int javaBytes = new JavaSerializer(new SparkConf()).newInstance().serialize(a, ANY).remaining();
            assertThat(kryo.serialize(a, ANY).remaining()).isLessThan(javaBytes);
        }
        d.duplicates().forEach(g -> assertThat(roundTrip(g)).isEqualTo(g));
        assertThat(roundTrip(new ArrayList<>(d.duplicates()))).isEqualTo(d.duplicates());
    }

    /** A sentence that is not its span of the text is kept as it is; the JDK's unmodifiable collections keep their elements and order. */
    @Test
    void keepsSentencesThatAreNotSpansAndUnmodifiableCollections() {
        Article a = new Article("a", "a.txt", null, "Title", null, null, null, null, "One. Two.",
                List.of(), List.of(), List.of(new Sentence("One.", 0, 4, 0), new Sentence("Two (repaired).", 5, 9, 0)));
        assertThat(roundTrip(a)).isEqualTo(a);
        Article timed = new Article("t", "t.html", null, "Title", LocalDate.of(2017, 10, 14), null, null, null, "One.",
                List.of(), List.of(), List.of(new Sentence("One.", 0, 4, 0)), null, List.of("A. Writer"), "en", null,
                OffsetDateTime.parse("2017-10-14T09:30+03:00"));
        assertThat(roundTrip(timed)).isEqualTo(timed);
        List<String> withNull = Stream.of("x", null, "y").toList();
        assertThat(roundTrip(withNull)).isEqualTo(withNull);
        Set<String> set = Set.of("p", "q", "r");
        assertThat(new ArrayList<>((Set<?>) roundTrip(set))).isEqualTo(new ArrayList<>(set));
        assertThat(roundTrip(Map.of("k", List.of(1L, 2L)))).isEqualTo(Map.of("k", List.of(1L, 2L)));
    }

    /** Texts and titles come back character for character: accents, curly quotes, a paired surrogate (emoji) and an unpaired one. */
    @Test
    void keepsEveryCharacterOfTextsAndTitles() {
        for (String text : List.of("Raqqa \u2019s mayor said: \u00abnon\u00bb.", "A flag \uD83C\uDDF8\uD83C\uDDFE here.",
                "Cut off \uD83C here.", "")) {
            Article a = new Article("a", "a.txt", null, text.isEmpty() ? null : "\u00c9t\u00e9 " + text, null, null, null,
                    null, text, List.of(), List.of(), List.of());
            assertThat(roundTrip(a)).isEqualTo(a);
        }
    }

    private Object roundTrip(Object o) {
        ByteBuffer bytes = kryo.serialize(o, ANY);
        return kryo.deserialize(bytes, ANY);
    }
}
