package org.storyfold.app;

import static org.storyfold.app.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, outputs, one-line errors. */
class CliTest {

    private static final Path SEEDS = seeds();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;


    @Test
    void digestsTheExamplesForPeople() {
        CliRun r = run("digest", SEEDS.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        // 003, an earlier development (talks on Wednesday), is a story of its own in the same storyline.
        assertThat(r.out()).startsWith("5 articles, 2 stories, 2 duplicate groups")
                .contains("Story s1: ", "4 articles from 2 independent sources; first reported 2017-10-14",
                        "Warning: [4] 004_caf3c2726321cc26 is dated 2017-11-14 but reports events of 2017-10-14",
                        "Sources:", "[4] 004_caf3c2726321cc26", "Summary:")
                // The three AFP prints are one source: nothing they say is confirmed.
                .contains("Confirmed by two or more independent sources: none",
                        "Reported by one source (printed by several articles):", "(one AFP dispatch, printed by 3 articles)")
                .contains("Coverage:", "2017-11-14 [4] 004_caf3c2726321cc26: reuses sentences of [2]")
                .contains("Nuri Mahmud (denied): any deal would be cut with IS")
                .contains("fighters remaining in Raqa across the storyline")
                .contains("[3] 002_e879aae13f05d629 is a near copy of [2] 001_58b2e9f6377aac77")
                .contains("[4] 004_caf3c2726321cc26 reuses 3 sentences of [2] 001_58b2e9f6377aac77")
                .contains("Storyline l1: stories s1, s2")
                .contains("001_58b2e9f6377aac77: \"Add a comment\" (comment widget)")
                .containsPattern("nears\\. \\[1]\\[2]\\[3]");
    }

    @Test
    void digestsToJsonWithTheSummaryLengthAsked() throws IOException {
        CliRun r = run("digest", "--format", "json", "--summary-words", "60", SEEDS.toString());
        assertThat(r.code()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("articles")).hasSize(5);
        int words = 0;
        for (JsonNode s : json.get("stories").get(0).get("brief").get("summary")) {
            words += s.get("text").asText().split("\\s+").length;
        }
        assertThat(words).isBetween(1, 60);
    }

    @Test
    void writesHtmlThatNeverRunsArticleMarkup() throws IOException {
        Files.writeString(dir.resolve("evil.txt"), "A <script>alert(1)</script> headline\n\n"
                + "The council met on Tuesday <img src=x onerror=alert(2)> and voted for the plan after a long debate.");
        CliRun r = run("digest", "--format", "html", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("<!doctype html>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;").doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void extractsOneJsonLinePerArticle() throws IOException {
        CliRun r = run("extract", SEEDS.toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("000_474674fb51d8608a");
        assertThat(first.get("credit").asText()).isEqualTo("AFP");
        assertThat(run("extract", "--format", "text", SEEDS.toString()).out()).contains("dateline:  KOBANE, Syria");
    }

    @Test
    void dedupAndClusterWriteTheirJson() throws IOException {
        JsonNode groups = JSON.readTree(run("dedup", "--format", "json", SEEDS.toString()).out()).get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("kind").asText()).isEqualTo("near");
        JsonNode stories = JSON.readTree(run("cluster", "--format", "json", SEEDS.toString()).out()).get("stories");
        assertThat(stories.get(0).get("articles").size()).isGreaterThanOrEqualTo(4);
        assertThat(stories.get(0).has("brief")).isFalse();
        assertThat(run("dedup", SEEDS.toString()).out()).contains("original: 001_58b2e9f6377aac77");
        assertThat(run("cluster", SEEDS.toString()).out()).contains("Story s1");
    }

    @Test
    void reportsEachBadFileOnOneLineAndCompletesTheRun() throws IOException {
        Files.copy(SEEDS.resolve("000_474674fb51d8608a.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("lines.jsonl"), "not json\n");
        CliRun r = run("digest", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("1 article, 1 story");
        assertThat(r.err().lines().toList()).containsExactly(
                "storyfold: " + dir.resolve("binary.txt") + ": binary content (NUL bytes), not text",
                "storyfold: " + dir.resolve("empty.txt") + ": empty",
                "storyfold: " + dir.resolve("latin1.txt") + ": not valid UTF-8 (first bad byte at offset 3)",
                "storyfold: " + dir.resolve("lines.jsonl") + ":1: not JSON (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))",
                "storyfold: 1 article read; 4 inputs skipped or renamed (reasons above)");
    }

    @Test
    void aRejectedPageIsShownWithWhatItStatesOnStderrAndInTheHtmlReport() throws IOException {
        Files.copy(SEEDS.resolve("000_474674fb51d8608a.txt"), dir.resolve("good.txt"));
        // A video's page: no prose to read, but its markup says what it is.
        Files.writeString(dir.resolve("video.html"), "<html lang=\"en-AU\"><head><title>Veteran, 98, beats virus | "
                + "The Courier</title><meta property=\"og:site_name\" content=\"The Courier\">"
                + "<meta property=\"article:published_time\" content=\"2020-04-24T18:05:00+10:00\">"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body><main><h1>Veteran, 98, beats virus</h1>"
                + "<p>Watch the video.</p><p>Your browser does not support the video tag. Please update your browser "
                + "to watch this clip.</p></main></body></html>");
        String facts = "\"Veteran, 98, beats virus\" \u00b7 2020-04-24 \u00b7 by Jane Doe \u00b7 The Courier \u00b7 en";
        CliRun text = run("digest", dir.toString());
        assertThat(text.code()).isZero();
        assertThat(text.err().lines().toList()).hasSize(2).first().asString()
                .startsWith("storyfold: " + dir.resolve("video.html") + ": not an article: ")
                .endsWith(" (the page: " + facts + ")");

        CliRun html = run("digest", "--format", "html", dir.toString());
        assertThat(html.code()).isZero();
        org.jsoup.nodes.Element section = org.jsoup.Jsoup.parse(html.out()).getElementById("rejected");
        assertThat(section).isNotNull();
        assertThat(section.select("h2").text()).isEqualTo("Pages that are not articles");
        assertThat(section.select("li")).hasSize(1);
        assertThat(section.select("li > p").eachText()).first().isEqualTo(facts);
        assertThat(section.select("li > p.meta").text()).startsWith(dir.resolve("video.html") + ": not an article: ");
        // A run whose pages are all articles has no such section.
        assertThat(run("digest", "--format", "html", SEEDS.toString()).out()).doesNotContain("id=\"rejected\"");
    }

    @Test
    void exitsWithTwoAndOneClearLineOnUsageMistakes() {
        CliRun missing = run("digest", dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("storyfold: no such file or folder: " + dir.resolve("nowhere") + "\n");

        CliRun format = run("digest", "--format", "xml", SEEDS.toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("Invalid value for option '--format'").contains("Try 'storyfold digest --help'");

        assertThat(run("digest", "--summary-words", "0", SEEDS.toString()).code()).isEqualTo(2);
        assertThat(run("digest").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("digest", "-o", dir.resolve("no/such/dir/out.json").toString(), SEEDS.toString()).code()).isEqualTo(2);
    }

    @Test
    void writesTheResultFileWholeAndOnlyTheResult() throws IOException {
        Path out = dir.resolve("digest.json");
        CliRun r = run("digest", "-f", "JSON", "--out", out.toString(), SEEDS.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("stories")).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("digest.json");
        }
    }

    @Test
    void printsNoControlCharactersFromArticleTextToTheTerminal() throws IOException {
        Files.writeString(dir.resolve("evil.txt"), "Council \u001b]0;pwned\u0007approves the \u001b[2Jbudget\r\n\n"
                + "The council met on Tuesday \u009b31m and voted\u0008\u0008 for the plan after a long debate about roads."
                + " The mayor said the money would go to schools, bridges and the harbour, and that work would begin in"
                + " the spring once the contracts were signed. Opposition members said the plan came too late for the"
                + " districts flooded last winter, and asked for a report on the cost of the delays before the vote.");
        for (String format : List.of("text", "jsonl")) {
            CliRun r = run("extract", "--format", format, dir.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("budget").doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");
        }
        CliRun digest = run("digest", dir.toString());
        assertThat(digest.out()).contains("approves").doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");
    }

    @Test
    void explainsEveryCommandInItsHelp() {
        for (String command : List.of("digest", "extract", "dedup", "cluster")) {
            CliRun r = run(command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: storyfold " + command).contains("INPUT...").contains("--out");
        }
        assertThat(run("--help").out()).contains("digest", "extract", "dedup", "cluster", "Exit status");
    }


    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }
}
