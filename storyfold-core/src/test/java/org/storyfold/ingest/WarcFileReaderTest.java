package org.storyfold.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Outcome;

class WarcFileReaderTest {

    private static final String FIRST = Archives.page("IS fighters surrender as Raqa's fall nears",
            "Dozens of Islamic State group fighters have surrendered in Raqa, the US-led coalition said on Saturday.");
    private static final String SECOND = Archives.page("Talks held on civilian exit from Raqa",
            "Talks on the safe exit of civilians from the Islamic State group's last pocket of Raqa were under way.");

    @TempDir
    Path dir;

    @Test
    void readsEachHtmlResponseWithItsAddressAndSkipsOtherRecords() throws IOException {
        byte[] warc = Archives.concat(
                Archives.record("warcinfo", "urn:x", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)),
                Archives.record("request", "https://example.com/raqa", "application/http; msgtype=request",
                        "GET /raqa HTTP/1.1\r\nHost: example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                Archives.response("https://example.com/raqa", FIRST),
                Archives.record("response", "https://example.com/logo.png", "application/http; msgtype=response",
                        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\nPNG!".getBytes(StandardCharsets.US_ASCII)),
                Archives.response("https://example.com/exit", SECOND));
        List<Outcome<RawDocument>> outcomes = read("crawl.warc", warc);
        assertThat(documents(outcomes)).extracting(RawDocument::url)
                .containsExactly("https://example.com/raqa", "https://example.com/exit");
        assertThat(documents(outcomes).get(0).content()).contains("Dozens of Islamic State group fighters");
        assertThat(documents(outcomes)).extracting(RawDocument::type).containsOnly(ContentType.HTML);
        assertThat(rejections(outcomes)).isEmpty();
    }

    @Test
    void reportsABrokenRecordAndReadsTheRecordsAfterIt() throws IOException {
        byte[] warc = Archives.concat(Archives.response("https://example.com/raqa", FIRST), Archives.brokenRecord(),
                Archives.response("https://example.com/exit", SECOND));
        List<Outcome<RawDocument>> outcomes = read("crawl.warc", warc);
        assertThat(documents(outcomes)).extracting(RawDocument::url)
                .containsExactly("https://example.com/raqa", "https://example.com/exit");
        assertThat(rejections(outcomes)).singleElement().asString()
                .startsWith("crawl.warc:2: broken WARC record at byte " + Archives.response("https://example.com/raqa", FIRST).length);
    }

    @Test
    void refusesARecordWhoseLengthRunsPastTheFileInOneLineAndReadsTheRecordsAfterIt() throws IOException {
        byte[] absurd = new String(Archives.response("https://example.com/absurd", FIRST), StandardCharsets.ISO_8859_1)
                .replaceFirst("Content-Length: \\d+\r\n\r\nHTTP", "Content-Length: 99999999999999\r\n\r\nHTTP")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] warc = Archives.concat(Archives.response("https://example.com/raqa", FIRST), absurd,
                Archives.response("https://example.com/exit", SECOND));
        List<Outcome<RawDocument>> outcomes = read("crawl.warc", warc);
        assertThat(documents(outcomes)).extracting(RawDocument::url)
                .containsExactly("https://example.com/raqa", "https://example.com/exit");
        assertThat(rejections(outcomes)).singleElement().asString()
                .startsWith("crawl.warc:2: broken WARC record at byte ")
                .contains("its Content-Length of 99999999999999 bytes runs past the end of the file").doesNotContain("\n");
    }

    @Test
    void readsGzippedArchivesRecordByRecordPastABrokenMember() throws IOException {
        byte[] warc = Archives.gzipMembers(Archives.response("https://example.com/raqa", FIRST), Archives.brokenRecord(),
                Archives.response("https://example.com/exit", SECOND));
        List<Outcome<RawDocument>> outcomes = read("crawl.warc.gz", warc);
        assertThat(documents(outcomes)).extracting(RawDocument::id).containsExactly("crawl:1", "crawl:3");
        assertThat(rejections(outcomes)).singleElement().asString().startsWith("crawl.warc.gz:2: broken WARC record");
    }

    private List<Outcome<RawDocument>> read(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        List<Outcome<RawDocument>> outcomes = new ArrayList<>();
        new FileIngester(IngestConfig.defaults()).ingest(List.of(dir), outcomes::add);
        return outcomes;
    }

    static List<RawDocument> documents(List<Outcome<RawDocument>> outcomes) {
        return outcomes.stream().filter(o -> o instanceof Outcome.Ok).map(o -> ((Outcome.Ok<RawDocument>) o).value()).toList();
    }

    /** Rejections as "file: reason", the file without its folder. */
    static List<String> rejections(List<Outcome<RawDocument>> outcomes) {
        return outcomes.stream().filter(o -> o instanceof Outcome.Rejected)
                .map(o -> ((Outcome.Rejected<RawDocument>) o).problem())
                .map(p -> Path.of(p.source()).getFileName() + ": " + p.reason()).toList();
    }
}
