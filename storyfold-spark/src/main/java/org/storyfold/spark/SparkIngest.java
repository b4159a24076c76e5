package org.storyfold.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.storyfold.Outcome;
import org.storyfold.extract.Article;
import org.storyfold.extract.ArticleExtractor;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.FileKind;
import org.storyfold.ingest.IngestConfig;
import org.storyfold.ingest.InputFile;
import org.storyfold.ingest.JsonLinesReader;
import org.storyfold.ingest.RawDocument;

/**
 * Stages 1 and 2 on Spark: reads every input file (any Hadoop path: local, HDFS, S3) on the
 * executors with the core's readers, and extracts each document with the core's extractor, where
 * it was read: no shuffle. The driver lists the files in the embedded run's order (inputs as
 * given, each folder's files by path) and cuts them into parts: a large JSON Lines file into
 * ranges of bytes (its lines counted first, so that every line keeps its number), a Parquet table
 * of articles whole, any other file whole; consecutive parts make a partition, so that the
 * partitions, read in order, give the records in the embedded run's order. A file or record that
 * cannot be used becomes a problem record (source, reason); the job goes on.
 */
final class SparkIngest {

    /** The file kind of a Parquet table of articles, which the embedded pipeline does not read. */
    static final String PARQUET = "PARQUET";

    private SparkIngest() {
    }

    /** One part of one input file: a range of a JSON Lines file's bytes, or a whole file. */
    record Part(String uri, String display, String kind, String fileId, long start, long end, long linesBefore,
                boolean whole) implements Serializable {
    }

    /**
     * Reads and extracts everything under {@code inputs} (files or folders, recursively), in about
     * {@code partitions} partitions (more for many large files), records in the embedded run's order.
     */
    static JavaRDD<Ingested> read(JavaSparkContext jsc, List<String> inputs, IngestConfig config, int partitions)
            throws IOException {
        long total = bytes(jsc.hadoopConfiguration(), inputs);
        return read(jsc, inputs, config, Math.max(1L << 20, Math.min(128L << 20, total / Math.max(1, partitions) + 1)));
    }

    /** Reads as {@link #read(JavaSparkContext, List, IngestConfig, int)} does, in partitions of about {@code target} bytes. */
    static JavaRDD<Ingested> read(JavaSparkContext jsc, List<String> inputs, IngestConfig config, long target)
            throws IOException {
        List<FileStatus> files = list(jsc.hadoopConfiguration(), inputs);
        List<Part> parts = parts(jsc, files, target);
        List<List<Part>> groups = new ArrayList<>();
        long bytes = 0;
        for (Part p : parts) {
            if (groups.isEmpty() || bytes + (p.end() - p.start()) > target) {
                groups.add(new ArrayList<>());
                bytes = 0;
            }
            groups.get(groups.size() - 1).add(p);
            bytes += p.end() - p.start();
        }
        Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        long maxDocumentBytes = config.maxDocumentBytes(); // closures capture plain values, not core records
        if (groups.isEmpty()) {
            return jsc.emptyRDD();
        }
        return jsc.parallelize(groups, groups.size())
                .mapPartitions(it -> readAll(it, hadoop.value().value(), new IngestConfig(maxDocumentBytes)));
    }

    /** The total size in bytes of the files the inputs name. */
    static long bytes(Configuration conf, List<String> inputs) throws IOException {
        return list(conf, inputs).stream().mapToLong(FileStatus::getLen).sum();
    }

    /** The readable files the inputs name, in the embedded run's order. */
    static List<FileStatus> list(Configuration conf, List<String> inputs) throws IOException {
        List<FileStatus> out = new ArrayList<>();
        for (String input : inputs) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(p);
            if (status.isFile()) {
                out.add(status);
                continue;
            }
            List<FileStatus> found = new ArrayList<>();
            listFolder(fs, status, found);
            found.sort(Comparator.comparing(f -> displayName(f.getPath().toString())));
            out.addAll(found);
        }
        return out;
    }

    private static void listFolder(FileSystem fs, FileStatus folder, List<FileStatus> found) throws IOException {
        for (FileStatus s : fs.listStatus(folder.getPath())) {
            String name = s.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (s.isDirectory()) {
                listFolder(fs, s, found);
            } else if (readable(name)) {
                found.add(s);
            }
        }
    }

    /**
     * Files read in a folder: a kind the core reads, or a Parquet table; not hidden, and not a
     * Hadoop marker ({@code _SUCCESS}).
     */
    static boolean readable(String name) {
        return !name.startsWith(".") && !name.startsWith("_") && (FileKind.of(name).isPresent() || isParquet(name));
    }

    private static boolean isParquet(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** The parts of the files: large plain JSON Lines files in ranges of about {@code target} bytes, others whole. */
    private static List<Part> parts(JavaSparkContext jsc, List<FileStatus> files, long target) {
        List<Part> parts = new ArrayList<>();
        List<Part> ranges = new ArrayList<>();
        for (FileStatus f : files) {
            String uri = f.getPath().toString();
            String name = f.getPath().getName();
            String display = displayName(uri);
            Optional<FileKind> kind = FileKind.of(name);
            String kindName = isParquet(name) ? PARQUET : kind.map(Enum::name).orElse(FileKind.TEXT.name());
            String id = isParquet(name) ? name.substring(0, name.length() - ".parquet".length()) : FileKind.idOf(name);
            boolean splittable = kind.orElse(null) == FileKind.JSON_LINES && !FileKind.isGzipped(name) && f.getLen() > target
                    && splitsAtLineBreaks(f, jsc.hadoopConfiguration());
            if (!splittable) {
                parts.add(new Part(uri, display, kindName, id, 0, f.getLen(), 0, true));
                continue;
            }
            for (long start = 0; start < f.getLen(); start += target) {
                Part p = new Part(uri, display, kindName, id, start, Math.min(f.getLen(), start + target), 0, false);
                parts.add(p);
                ranges.add(p);
            }
        }
        if (ranges.isEmpty()) {
            return parts;
        }
        // The lines before each range of a split file, so that its lines keep their numbers.
        Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        List<Long> newlines = jsc.parallelize(ranges, Math.min(ranges.size(), 4 * jsc.defaultParallelism()))
                .map(p -> newlines(p, hadoop.value().value())).collect();
        List<Part> out = new ArrayList<>(parts.size());
        int r = 0;
        long before = 0;
        for (Part p : parts) {
            if (p.whole()) {
                out.add(p);
                continue;
            }
            if (p.start() == 0) {
                before = 0;
            }
            out.add(new Part(p.uri(), p.display(), p.kind(), p.fileId(), p.start(), p.end(), before, false));
            before += newlines.get(r++);
        }
        return out;
    }

    /** Whether a JSON Lines file may be cut at its line breaks (not UTF-16); a file that cannot be opened is read whole, to report why. */
    private static boolean splitsAtLineBreaks(FileStatus f, Configuration conf) {
        try (FSDataInputStream in = f.getPath().getFileSystem(conf).open(f.getPath())) {
            return JsonLinesReader.splitsAtLineBreaks(in.read(), in.read());
        } catch (IOException e) {
            return false;
        }
    }

    /** The line breaks in a range of a file. */
    private static long newlines(Part p, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p.uri());
        long n = 0;
        try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
            in.seek(p.start());
            byte[] buf = new byte[1 << 16];
            long left = p.end() - p.start();
            while (left > 0) {
                int read = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (read < 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                left -= read;
            }
        }
        return n;
    }

    /** Reads and extracts the parts of one partition, in order. */
    private static Iterator<Ingested> readAll(Iterator<List<Part>> partition, Configuration conf, IngestConfig config) {
        FileIngester ingester = new FileIngester(config);
        JsonLinesReader lines = new JsonLinesReader(config);
        ArticleExtractor extractor = new ArticleExtractor();
        List<Ingested> out = new ArrayList<>();
        Consumer<Outcome<RawDocument>> sink = outcome -> out.add(extract(extractor, outcome));
        while (partition.hasNext()) {
            for (Part p : partition.next()) {
                if (PARQUET.equals(p.kind())) {
                    ParquetArticles.read(p, conf, sink);
                } else if (FileKind.valueOf(p.kind()) == FileKind.JSON_LINES) {
                    readLines(lines, p, conf, sink);
                } else {
                    readFile(ingester, p, conf, sink);
                }
            }
        }
        return out.iterator();
    }

    private static Ingested extract(ArticleExtractor extractor, Outcome<RawDocument> read) {
        if (read instanceof Outcome.Rejected<RawDocument> r) {
            return new Ingested(null, r.problem());
        }
        Outcome<Article> o = extractor.extract(((Outcome.Ok<RawDocument>) read).value());
        if (o instanceof Outcome.Ok<Article> ok) {
            return new Ingested(ok.value(), null);
        }
        return new Ingested(null, ((Outcome.Rejected<Article>) o).problem());
    }

    /** A part of a JSON Lines file, streamed: the lines that start in its range. */
    private static void readLines(JsonLinesReader reader, Part p, Configuration conf, Consumer<Outcome<RawDocument>> sink) {
        InputFile file = new InputFile(null, p.display(), FileKind.JSON_LINES, p.fileId());
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p.uri());
        long read;
        try (FSDataInputStream raw = path.getFileSystem(conf).open(path)) {
            InputStream in;
            long before = p.linesBefore();
            if (p.whole()) {
                in = FileKind.isGzipped(p.uri()) ? new GZIPInputStream(raw, 1 << 16) : raw;
            } else {
                LineRange range = LineRange.open(raw, p.start(), p.end());
                before += range.skippedLineBreaks();
                in = range;
            }
            read = reader.read(file, new java.io.BufferedInputStream(in, 1 << 16), before, sink);
        } catch (IOException e) {
            sink.accept(Outcome.rejected(p.display(), "cannot read: " + e.getMessage()));
            return;
        }
        if (read == 0 && p.whole()) {
            sink.accept(Outcome.rejected(p.display(), "empty"));
        }
    }

    /**
     * A whole file of another kind, copied to the executor's local disk under its own name (so
     * that its extensions still say how to read it), because the core's readers work on local files.
     */
    private static void readFile(FileIngester ingester, Part p, Configuration conf, Consumer<Outcome<RawDocument>> sink) {
        Path local = null;
        try {
            local = copyToLocal(p, conf);
            ingester.read(new InputFile(local, p.display(), FileKind.valueOf(p.kind()), p.fileId()), sink);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(Outcome.rejected(p.display(), "cannot read: " + e.getMessage()));
        } finally {
            deleteQuietly(local);
        }
    }

    private static Path copyToLocal(Part p, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p.uri());
        Path dir = Files.createTempDirectory("storyfold-");
        Path local = dir.resolve(path.getName());
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    private static void deleteQuietly(Path local) {
        if (local == null) {
            return;
        }
        try {
            Files.deleteIfExists(local);
            Files.deleteIfExists(local.getParent());
        } catch (IOException e) {
            // A temporary file left behind is harmless; the executor's temp folder is cleaned with it.
        }
    }

    /** A local file's path as the embedded pipeline would print it; other URIs as they are. */
    static String displayName(String uri) {
        return uri.startsWith("file:") ? Path.of(URI.create(uri)).toString() : uri;
    }
}
