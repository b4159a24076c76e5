package org.storyfold.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Outcome;
import org.storyfold.TestData;

class FileIngesterTest {

    @TempDir
    Path dir;

    private final FileIngester ingester = new FileIngester(IngestConfig.defaults());

    @Test
    void namesArticlesByFileNameWithoutKnownExtensions() throws IOException {
        write("bbc.co.uk.story.html.gz", gzip("<html><body><p>Text of a story.</p></body></html>"));
        write("plain.txt", "A line.".getBytes(StandardCharsets.UTF_8));
        write("archive.warc.txt", "A line.".getBytes(StandardCharsets.UTF_8));
        List<RawDocument> docs = documents(read(dir));
        assertThat(docs).extracting(RawDocument::id).containsExactly("archive.warc", "bbc.co.uk.story", "plain");
        assertThat(docs.get(1).type()).isEqualTo(ContentType.HTML);
        assertThat(FileKind.idOf("feed.xml.gz")).isEqualTo("feed");
        assertThat(FileKind.idOf("crawl.warc.gz")).isEqualTo("crawl");
    }

    @Test
    void readsFoldersRecursivelyInPathOrderSkippingHiddenAndUnknownFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.createDirectories(dir.resolve(".git"));
        write("b/c/z.txt", "Zed.".getBytes(StandardCharsets.UTF_8));
        write("a.txt", "A.".getBytes(StandardCharsets.UTF_8));
        write(".hidden.txt", "Hidden.".getBytes(StandardCharsets.UTF_8));
        write(".git/config.txt", "Hidden.".getBytes(StandardCharsets.UTF_8));
        write("notes.md", "Unknown type.".getBytes(StandardCharsets.UTF_8));
        assertThat(documents(read(dir))).extracting(RawDocument::id).containsExactly("a", "z");
    }

    @Test
    void readsJsonLinesWithTheirIdsOrLineNumbersAndIgnoresUnknownFields() throws IOException {
        write("feed.jsonl", String.join("\n",
                "{\"id\":\"x1\",\"url\":\"https://example.com/a\",\"title\":\"T\",\"text\":\"Body.\",\"published\":\"2017-10-14\",\"outlet\":\"Example\",\"lang\":\"en\"}",
                "",
                "{\"html\":\"<p>Markup.</p>\"}").getBytes(StandardCharsets.UTF_8));
        List<RawDocument> docs = documents(read(dir));
        assertThat(docs).extracting(RawDocument::id).containsExactly("x1", "feed:3");
        RawDocument first = docs.get(0);
        assertThat(first.source()).endsWith("feed.jsonl:1");
        assertThat(first.url()).isEqualTo("https://example.com/a");
        assertThat(first.published()).isEqualTo("2017-10-14");
        assertThat(first.outlet()).isEqualTo("Example");
        assertThat(docs.get(1).type()).isEqualTo(ContentType.HTML);
    }

    @Test
    void rejectsEachBadFileWithItsPathAndReasonAndReadsTheRest() throws IOException {
        write("empty.txt", new byte[0]);
        write("blank.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8));
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        write("binary.txt", binary);
        write("latin1.txt", "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        write("lines.jsonl", "{\"id\":\"ok\",\"text\":\"Fine.\"}\nnot json\n[1,2]\n{\"id\":\"none\"}\n{\"id\":\"ok2\",\"text\":\"Fine too.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        byte[] gz = gzip("some text that will be cut off in the middle of its compressed stream");
        write("truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        write("notgzip.txt.gz", "plain text, not gzip".getBytes(StandardCharsets.UTF_8));
        write("good.txt", "A good article.".getBytes(StandardCharsets.UTF_8));

        List<Outcome<RawDocument>> outcomes = read(dir);
        assertThat(documents(outcomes)).extracting(RawDocument::id).containsExactly("good", "ok", "ok2");
        assertThat(rejections(outcomes)).containsExactlyInAnyOrder(
                "binary.txt: binary content (NUL bytes), not text",
                "blank.txt: empty (only whitespace)",
                "empty.txt: empty",
                "latin1.txt: not valid UTF-8 (first bad byte at offset 3)",
                "lines.jsonl:2: not JSON (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))",
                "lines.jsonl:3: not a JSON object",
                "lines.jsonl:4: no \"text\" or \"html\" string field",
                "notgzip.txt.gz: not valid gzip data (not in GZIP format)",
                "truncated.txt.gz: truncated gzip data (unexpected end of file)");
    }

    @Test
    void skipsA50MegabyteSingleLineWithoutHoldingIt() throws IOException {
        Path huge = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("huge.txt"), "x".repeat(50 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        List<Outcome<RawDocument>> outcomes = read(dir);
        assertThat(documents(outcomes)).extracting(RawDocument::id).containsExactly("after");
        assertThat(rejections(outcomes)).containsExactly(
                "huge.jsonl:1: line of 48 MiB is larger than the 16 MiB limit per document, skipped",
                "huge.txt: larger than the 16 MiB limit per document, skipped");
    }

    @Test
    void reportsMissingInputs() {
        List<Outcome<RawDocument>> outcomes = read(dir.resolve("nowhere"));
        assertThat(rejections(outcomes)).containsExactly("nowhere: no such file or folder");
    }

    @Test
    void reportsUnreadableFiles() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path secret = write("secret.txt", "Hidden text.".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assertThat(rejections(read(dir))).containsExactly("secret.txt: cannot read: permission denied");
    }

    @Test
    void describesPermissionFailuresInOneLine() {
        assertThat(InputBytes.describe(new AccessDeniedException("/x/secret.txt"))).isEqualTo("cannot read: permission denied");
    }

    @Test
    void readsTheSeedsAsText() {
        List<RawDocument> docs = documents(read(TestData.seeds()));
        assertThat(docs).hasSize(5).allSatisfy(d -> assertThat(d.type()).isEqualTo(ContentType.TEXT));
    }

    @Test
    void readsUtf16TextAndJsonLinesWithAByteOrderMark() throws IOException {
        String text = "Flood in Zürich\n\nThe river rose by 2 metres on Tuesday, officials said. 😀";
        Path le = write("le.txt", withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE));
        Path be = write("be.txt", withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF));
        // Long enough that the decoder's buffer ends inside a surrogate pair somewhere.
        String body = "The council met in Genève 😀 and voted. ".repeat(500);
        Path lines = write("news.jsonl", withBom("{\"id\": \"a\", \"text\": \"" + body + "\"}\n{\"id\": \"b\", \"text\": \"Zweite Meldung über Köln.\"}\n",
                StandardCharsets.UTF_16LE, 0xFF, 0xFE));
        assertThat(documents(read(le))).singleElement().extracting(RawDocument::content).isEqualTo(text);
        assertThat(documents(read(be))).singleElement().extracting(RawDocument::content).isEqualTo(text);
        List<Outcome<RawDocument>> outcomes = read(lines);
        assertThat(rejections(outcomes)).isEmpty();
        assertThat(documents(outcomes)).extracting(RawDocument::content).containsExactly(body, "Zweite Meldung über Köln.");
    }

    @Test
    void refusesANamedPipeWithAReasonInsteadOfReadingItForever() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        List<org.storyfold.Problem> problems = new ArrayList<>();
        assertThat(ingester.list(List.of(fifo), problems::add)).isEmpty();
        assertThat(problems).singleElement().extracting(org.storyfold.Problem::reason).asString()
                .startsWith("not a regular file (a named pipe, device or socket)");
    }

    @Test
    void refusesIdsWithControlCharactersOrOverFiveHundredAndTwelveCharacters() throws IOException {
        Path lines = write("ids.jsonl", ("{\"id\": \"ok\", \"text\": \"Fine.\"}\n"
                + "{\"id\": \"bad\\u001b[31mred\", \"text\": \"Escape.\"}\n"
                + "{\"id\": \"" + "x".repeat(513) + "\", \"text\": \"Long.\"}\n").getBytes(StandardCharsets.UTF_8));
        List<Outcome<RawDocument>> outcomes = read(lines);
        assertThat(documents(outcomes)).extracting(RawDocument::id).containsExactly("ok");
        assertThat(rejections(outcomes)).containsExactly(
                "ids.jsonl:2: id contains control characters (such as line breaks or escapes)",
                "ids.jsonl:3: id of 513 characters is longer than the 512 allowed");
    }

    private static byte[] withBom(String text, java.nio.charset.Charset charset, int first, int second) {
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) first;
        out[1] = (byte) second;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private List<Outcome<RawDocument>> read(Path path) {
        List<Outcome<RawDocument>> outcomes = new ArrayList<>();
        ingester.ingest(List.of(path), outcomes::add);
        return outcomes;
    }

    private static List<RawDocument> documents(List<Outcome<RawDocument>> outcomes) {
        return outcomes.stream().filter(o -> o instanceof Outcome.Ok).map(o -> ((Outcome.Ok<RawDocument>) o).value()).toList();
    }

    /** Rejections as "file: reason", the file relative to the temporary folder. */
    private List<String> rejections(List<Outcome<RawDocument>> outcomes) {
        return outcomes.stream().filter(o -> o instanceof Outcome.Rejected)
                .map(o -> ((Outcome.Rejected<RawDocument>) o).problem())
                .map(p -> dir.relativize(Path.of(p.source().replaceAll(":\\d+$", ""))) + lineOf(p.source()) + ": " + p.reason())
                .toList();
    }

    private static String lineOf(String source) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(:\\d+)$").matcher(source);
        return m.find() ? m.group(1) : "";
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
