package org.storyfold.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyfold extract} over the inputs crawls give: gzipped pages, WARC archives, feeds. */
class ExtractInputsCliTest {

    private static final String LEAD = "Dozens of Islamic State group fighters have surrendered in their former Syrian "
            + "stronghold of Raqa, the US-led coalition said on Saturday, as the fall of the city nears.";

    @TempDir
    Path dir;

    @Test
    void writesOneJsonLinePerPageRecordAndItem() throws IOException {
        Files.write(dir.resolve("raqa.html.gz"), gzip(page("IS fighters surrender", "2017-10-14")));
        Files.write(dir.resolve("crawl.warc.gz"), concat(gzip(warcResponse("https://example.com/2017/10/15/talks",
                page("Talks held on civilian exit", null))), gzip(warcResponse("https://example.com/2017/10/16/exit",
                page("Civilians leave Raqa", null)))));
        Files.writeString(dir.resolve("world.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title>"
                + "<link>https://example.com/</link><description>World</description>"
                + "<item><title>Raqa's fall nears</title><link>https://example.com/fall</link>"
                + "<pubDate>Sat, 14 Oct 2017 12:00:00 GMT</pubDate><description>&lt;p&gt;" + LEAD + "&lt;/p&gt;</description></item>"
                + "</channel></rss>");

        CliRun r = CliRun.run("extract", "--quiet", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("crawl:1", "crawl:2", "raqa", "world:1");
        assertThat(lines).allSatisfy(n -> assertThat(n.get("text").asText()).startsWith("Dozens of Islamic State"));
        assertThat(lines).extracting(n -> n.get("url").asText()).containsExactly("https://example.com/2017/10/15/talks",
                "https://example.com/2017/10/16/exit", "https://example.com/raqa", "https://example.com/fall");
        assertThat(lines).extracting(n -> n.get("published").asText())
                .containsExactly("2017-10-15", "2017-10-16", "2017-10-14", "2017-10-14");
        assertThat(lines).extracting(n -> n.get("title").asText())
                .containsExactly("Talks held on civilian exit", "Civilians leave Raqa", "IS fighters surrender", "Raqa's fall nears");
    }

    private static String page(String title, String date) {
        return "<!doctype html><html lang=\"en\"><head><title>" + title + " | Example News</title>"
                + "<link rel=\"canonical\" href=\"https://example.com/raqa\">"
                + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "T10:00:00Z\">")
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + LEAD + "</p>"
                + "<p>A war monitor said no Syrian members of the group remained in the city.</p></article></body></html>";
    }

    private static byte[] warcResponse(String url, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] block = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nWARC-Date: 2017-10-16T08:00:00Z\r\nWARC-Target-URI: " + url
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
