package org.storyfold.spark;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;
import org.storyfold.Outcome;
import org.storyfold.ingest.JsonLinesReader;
import org.storyfold.ingest.RawDocument;

/**
 * Reads a Parquet table of articles, a row an article with the columns of a JSON Lines article
 * ({@code id}, {@code url}, {@code title}, {@code text} or {@code html}, {@code published},
 * {@code outlet}; others are ignored), through the core's rule for such records: a row's id is its
 * {@code id}, else {@code <file>:<row>}. Dates may be strings or Parquet dates and timestamps
 * (UTC); the job's own {@code articles.parquet} reads back this way.
 */
final class ParquetArticles {

    private ParquetArticles() {
    }

    static void read(SparkIngest.Part part, Configuration conf, Consumer<Outcome<RawDocument>> sink) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(part.uri());
        long row = 0;
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
            Group g;
            while ((g = reader.read()) != null) {
                row++;
                Group record = g;
                String author = field(record, "author");
                sink.accept(JsonLinesReader.document(name -> field(record, name),
                        author == null || author.isBlank() ? List.of() : List.of(author), part.fileId(), row,
                        part.display() + ":" + row));
            }
        } catch (IOException | RuntimeException e) {
            String where = row == 0 ? part.display() : part.display() + ":" + (row + 1);
            sink.accept(Outcome.rejected(where, "cannot read as Parquet: " + e.getMessage()));
            return;
        }
        if (row == 0) {
            sink.accept(Outcome.rejected(part.display(), "empty"));
        }
    }

    /** A column's value as the text a JSON line would give, or null when missing or not a simple value. */
    private static String field(Group g, String name) {
        GroupType schema = g.getType();
        if (!schema.containsField(name) || g.getFieldRepetitionCount(name) == 0) {
            return null;
        }
        Type type = schema.getType(name);
        if (!type.isPrimitive()) {
            return null;
        }
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return switch (type.asPrimitiveType().getPrimitiveTypeName()) {
            case BINARY, FIXED_LEN_BYTE_ARRAY -> g.getString(name, 0);
            case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? LocalDate.ofEpochDay(g.getInteger(name, 0)).toString() : Integer.toString(g.getInteger(name, 0));
            case INT64 -> logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t
                    ? timestamp(g.getLong(name, 0), t.getUnit()) : Long.toString(g.getLong(name, 0));
            case BOOLEAN -> Boolean.toString(g.getBoolean(name, 0));
            case FLOAT -> Float.toString(g.getFloat(name, 0));
            case DOUBLE -> Double.toString(g.getDouble(name, 0));
            default -> null;
        };
    }

    private static String timestamp(long value, LogicalTypeAnnotation.TimeUnit unit) {
        Instant t = switch (unit) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
        };
        return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
