package org.storyfold.spark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.storyfold.extract.Article;
import org.storyfold.extract.RemovedLine;
import org.storyfold.text.Sentence;

/**
 * Converts articles to Spark rows and back, losslessly: the row keeps the sentences the extract
 * stage found, so later stages never split them again. The schema's column names are the JSON
 * format's keys. Arrays are Java arrays in rows built here (Spark's external type for arrays) and
 * Scala sequences in rows Spark returns; both read back through {@link Row#getList}. Dates are
 * {@link LocalDate}s, which needs {@link #JAVA_TIME} set on the session (java.sql.Date would need
 * the JVM opened to Spark's reflection on Java 17).
 */
public final class ArticleRows {

    private static final StructType REMOVED = new StructType(new StructField[] {
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)});

    private static final StructType SENTENCE = new StructType(new StructField[] {
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("paragraph", DataTypes.IntegerType, false)});

    /** The article schema: the JSON format's keys, plus the sentences. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("outlet", DataTypes.StringType, true),
            DataTypes.createStructField("credit", DataTypes.StringType, true),
            DataTypes.createStructField("dateline", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("removed", DataTypes.createArrayType(REMOVED, false), false),
            DataTypes.createStructField("repairs", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("sentences", DataTypes.createArrayType(SENTENCE, false), false),
            DataTypes.createStructField("modified", DataTypes.DateType, true),
            DataTypes.createStructField("authors", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("canonical", DataTypes.StringType, true),
            DataTypes.createStructField("publishedTime", DataTypes.StringType, true)});

    /** The session setting under which Spark takes and gives dates as {@link LocalDate}. */
    public static final String JAVA_TIME = "spark.sql.datetime.java8API.enabled";

    private ArticleRows() {
    }

    public static Row toRow(Article a) {
        List<Row> removed = new ArrayList<>(a.removed().size());
        for (RemovedLine r : a.removed()) {
            removed.add(RowFactory.create(r.text(), r.reason()));
        }
        List<Row> sentences = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            sentences.add(RowFactory.create(s.text(), s.start(), s.end(), s.paragraph()));
        }
        return RowFactory.create(a.id(), a.source(), a.url(), a.title(),
                a.published(), a.outlet(), a.credit(), a.dateline(),
                a.text(), removed.toArray(new Row[0]), a.repairs().toArray(new String[0]),
                sentences.toArray(new Row[0]), a.modified(), a.authors().toArray(new String[0]), a.language(),
                a.canonical(), a.publishedTime() == null ? null : a.publishedTime().toString());
    }

    public static Article fromRow(Row r) {
        List<RemovedLine> removed = new ArrayList<>();
        for (Row x : r.<Row>getList(9)) {
            removed.add(new RemovedLine(x.getString(0), x.getString(1)));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Row x : r.<Row>getList(11)) {
            sentences.add(new Sentence(x.getString(0), x.getInt(1), x.getInt(2), x.getInt(3)));
        }
        return new Article(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                r.<LocalDate>getAs(4), r.getString(5), r.getString(6), r.getString(7),
                r.getString(8), removed, r.<String>getList(10), sentences, r.<LocalDate>getAs(12), r.<String>getList(13),
                r.getString(14), r.getString(15), r.isNullAt(16) ? null : OffsetDateTime.parse(r.getString(16)));
    }
}
