package org.storyfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.extract.Article;
import org.storyfold.ingest.Archives;
import org.storyfold.ingest.IngestConfig;

/** The damaged inputs real crawls contain: each gives one clear line, and the rest is still extracted. */
class BadInputTest {

    private static final String PROSE = "Dozens of Islamic State group fighters have surrendered in their former Syrian "
            + "stronghold of Raqa, the US-led coalition said on Saturday, as the fall of the city nears.";
    /** The story's second paragraph: copies of a story share more than a lone paragraph, which would read as a notice. */
    private static final String MORE = "Talks on a safe exit for the civilians still inside the city were under way.";

    @TempDir
    Path dir;

    @Test
    void reportsEachBadInputInOneLineAndExtractsTheRest() throws IOException {
        Files.write(dir.resolve("good.html.gz"), gzip(Archives.page("Raqa's fall nears", PROSE, MORE)));
        byte[] gz = gzip(Archives.page("Cut off", PROSE, PROSE, PROSE));
        Files.write(dir.resolve("truncated.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        writeHugePage(dir.resolve("huge.html"), 20 * 1024 * 1024);
        Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000) + "<p>" + PROSE + "</p><p>" + MORE + "</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        Files.write(dir.resolve("klingon.html"), ("<html><head><meta charset=\"x-klingon-9\"></head><body><p>Caf\u00e9 "
                + PROSE + "</p></body></html>").getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("crawl.warc"), Archives.concat(Archives.response("https://example.com/a",
                Archives.page("First record", PROSE, MORE)), Archives.brokenRecord(),
                Archives.response("https://example.com/b", Archives.page("Third record", PROSE, MORE))));

        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new Storyfold(StoryfoldConfig.defaults()).articles(List.of(dir), problems::add, Progress.NONE);

        assertThat(articles).extracting(Article::id).containsExactly("crawl:1", "crawl:3", "deep", "good");
        assertThat(articles).allSatisfy(a -> assertThat(a.text()).contains("Dozens of Islamic State group fighters"));
        assertThat(problems).extracting(p -> Path.of(p.source()).getFileName() + ": " + p.reason())
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("crawl.warc:2: broken WARC record at byte "))
                .contains("huge.html: larger than the 16 MiB limit per document, skipped",
                        "klingon.html: declares unknown charset \"x-klingon-9\" and is not UTF-8, skipped",
                        "truncated.html.gz: truncated gzip data (unexpected end of file)");
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
    }

    @Test
    void extractsATwentyMegabytePageWhenTheLimitAllowsIt() throws IOException {
        writeHugePage(dir.resolve("huge.html"), 20 * 1024 * 1024);
        List<Problem> problems = new ArrayList<>();
        StoryfoldConfig config = StoryfoldConfig.defaults().withIngest(new IngestConfig(32L * 1024 * 1024));
        List<Article> articles = new Storyfold(config).articles(List.of(dir), problems::add, Progress.NONE);
        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.wordCount()).isGreaterThan(1_000_000));
    }

    /** A page of about {@code bytes} bytes: the same paragraph over and over, as a runaway template writes it. */
    private static void writeHugePage(Path file, int bytes) throws IOException {
        byte[] paragraph = ("<p>" + PROSE + "</p>\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
            for (int written = 0; written < bytes; written += paragraph.length) {
                out.write(paragraph);
            }
            out.write("</article></body></html>".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
