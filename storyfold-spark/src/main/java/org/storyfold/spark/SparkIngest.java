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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.storyfold.Outcome;
import org.storyfold.Problem;
import org.storyfold.extract.Article;
import org.storyfold.extract.ArticleExtractor;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.FileKind;
import org.storyfold.ingest.IngestConfig;
import org.storyfold.ingest.InputFile;
import org.storyfold.ingest.RawDocument;

/**
 * Stages 1 and 2 on Spark: reads every input file (any Hadoop path: local, HDFS, S3) on the
 * executors with the core's readers, and extracts each document with the core's extractor. A file
 * or record that cannot be used becomes a problem record (source, reason); the job goes on.
 */
public final class SparkIngest {

    private SparkIngest() {
    }

    /**
     * Reads and extracts everything under {@code inputs} (files or folders, recursively, as
     * qualified URIs or paths), in {@code partitions} partitions at least.
     */
    public static JavaRDD<Ingested> read(JavaSparkContext jsc, List<String> inputs, IngestConfig config, int partitions) {
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        List<String> prefixes = new ArrayList<>();
        for (String input : inputs) {
            prefixes.add(qualified(jsc, input));
        }
        long maxDocumentBytes = config.maxDocumentBytes(); // closures capture plain values, not core records
        return jsc.binaryFiles(String.join(",", prefixes), partitions)
                .filter(t -> readable(t._1()))
                .mapPartitions(files -> readAll(files, prefixes, new IngestConfig(maxDocumentBytes)))
                .repartition(partitions)
                .mapPartitions(SparkIngest::extractAll);
    }

    /** An input as the fully qualified URI Spark reports its files under. */
    static String qualified(JavaSparkContext jsc, String input) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
            return p.getFileSystem(jsc.hadoopConfiguration()).makeQualified(p).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + input + ": " + e.getMessage(), e);
        }
    }

    /** Files storyfold reads: a known kind, not hidden (as the embedded ingester decides). */
    static boolean readable(String uri) {
        String name = fileName(uri);
        return !name.startsWith(".") && !name.startsWith("_") && FileKind.of(name).isPresent();
    }

    /** A document as read from its file, not yet extracted, or the problem that stopped it. */
    private record Read(int input, String file, int position, RawDocument raw, Problem problem) implements Serializable {
    }

    /** Reads every document of each file (a task per file), without extracting it. */
    private static Iterator<Read> readAll(Iterator<scala.Tuple2<String, PortableDataStream>> files,
                                          List<String> prefixes, IngestConfig config) {
        FileIngester ingester = new FileIngester(config);
        List<Read> out = new ArrayList<>();
        while (files.hasNext()) {
            scala.Tuple2<String, PortableDataStream> file = files.next();
            String uri = file._1();
            String name = fileName(uri);
            String display = displayName(uri);
            int input = inputOf(uri, prefixes);
            Optional<FileKind> kind = FileKind.of(name);
            Path local = null;
            int[] position = {0};
            try {
                local = copyToLocal(file._2(), name);
                InputFile in = new InputFile(local, display, kind.orElseThrow(), FileKind.idOf(name));
                ingester.read(in, outcome -> {
                    int p = position[0]++;
                    if (outcome instanceof Outcome.Ok<RawDocument> ok) {
                        out.add(new Read(input, display, p, ok.value(), null));
                    } else {
                        Outcome.Rejected<RawDocument> r = (Outcome.Rejected<RawDocument>) outcome;
                        out.add(new Read(input, display, p, null, new Problem(r.source(), r.reason())));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                out.add(new Read(input, display, position[0], null, new Problem(display, "cannot read: " + e.getMessage())));
            } finally {
                deleteQuietly(local);
            }
        }
        return out.iterator();
    }

    /** Extracts the documents read, spread over every partition (a large JSON Lines file is one task to read). */
    private static Iterator<Ingested> extractAll(Iterator<Read> documents) {
        ArticleExtractor extractor = new ArticleExtractor();
        List<Ingested> out = new ArrayList<>();
        while (documents.hasNext()) {
            Read d = documents.next();
            if (d.problem() != null) {
                out.add(new Ingested(d.input(), d.file(), d.position(), null, d.problem()));
                continue;
            }
            Outcome<Article> o = extractor.extract(d.raw());
            if (o instanceof Outcome.Ok<Article> ok) {
                out.add(new Ingested(d.input(), d.file(), d.position(), ok.value(), null));
            } else {
                Outcome.Rejected<Article> r = (Outcome.Rejected<Article>) o;
                out.add(new Ingested(d.input(), d.file(), d.position(), null, new Problem(r.source(), r.reason())));
            }
        }
        return out.iterator();
    }

    private static int inputOf(String uri, List<String> prefixes) {
        for (int i = 0; i < prefixes.size(); i++) {
            String p = prefixes.get(i);
            if (uri.equals(p) || uri.startsWith(p.endsWith("/") ? p : p + "/")) {
                return i;
            }
        }
        return prefixes.size();
    }

    /**
     * Copies a file to the executor's local disk under its own name (so that its extensions still
     * say how to read it), because the core's readers work on local files.
     */
    private static Path copyToLocal(PortableDataStream stream, String name) throws IOException {
        Path dir = Files.createTempDirectory("storyfold-");
        Path local = dir.resolve(name);
        try (InputStream in = stream.open()) {
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

    private static String fileName(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }
}
