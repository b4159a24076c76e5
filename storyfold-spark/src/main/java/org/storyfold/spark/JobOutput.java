package org.storyfold.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The job's output folder, on any Hadoop file system: JSON Lines folders whose part files end in
 * {@code .jsonl} (so that {@code storyfold ingest} reads them), and small files the driver writes.
 */
final class JobOutput {

    private final JavaSparkContext jsc;
    private final Path root;
    private final FileSystem fs;

    private JobOutput(JavaSparkContext jsc, Path root, FileSystem fs) {
        this.jsc = jsc;
        this.root = root;
        this.fs = fs;
    }

    /** The output folder {@code out}, which must not exist yet or be empty (it is created). */
    static JobOutput create(JavaSparkContext jsc, String out) throws IOException {
        Path root = new Path(out);
        FileSystem fs = root.getFileSystem(jsc.hadoopConfiguration());
        if (fs.exists(root)) {
            if (!fs.getFileStatus(root).isDirectory() || fs.listStatus(root).length > 0) {
                throw new FileAlreadyExistsException(out, null, "already exists and is not an empty folder; choose another --out");
            }
        }
        fs.mkdirs(root);
        return new JobOutput(jsc, fs.makeQualified(root), fs);
    }

    /** The qualified path of {@code name} in the folder. */
    String path(String name) {
        return new Path(root, name).toString();
    }

    /**
     * Writes the lines as the folder {@code name} of JSON Lines part files; the stages that compute
     * them are named after the folder ({@code write stories}), for the job's per-stage figures.
     */
    void lines(String name, JavaRDD<String> lines) throws IOException {
        Path dir = new Path(root, name);
        jsc.setCallSite("write " + name);
        try {
            lines.saveAsTextFile(dir.toString());
        } finally {
            jsc.clearCallSite();
        }
        for (FileStatus part : fs.listStatus(dir)) {
            String file = part.getPath().getName();
            if (file.startsWith("part-") && !file.endsWith(".jsonl")) {
                fs.rename(part.getPath(), new Path(dir, file + ".jsonl"));
            }
        }
    }

    /** Writes one small file from the driver. */
    void file(String name, String content) throws IOException {
        try (OutputStream out = fs.create(new Path(root, name), true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Runs a writer of the JSON format into a string, for one line or one small file. */
    static String json(JsonWriter writer) {
        try {
            StringWriter w = new StringWriter();
            writer.write(w);
            String s = w.toString();
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A write of the JSON format to a writer. */
    @FunctionalInterface
    interface JsonWriter {
        void write(java.io.Writer out) throws IOException;
    }

    JavaSparkContext context() {
        return jsc;
    }
}
