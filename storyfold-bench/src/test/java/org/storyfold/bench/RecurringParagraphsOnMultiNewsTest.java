package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.RemovedLine;

/**
 * Corpus-level furniture removal and non-article rejection on the real crawl output of
 * multinews-dev: the gold clusters (never seen by storyfold) tell which paragraphs are shared by
 * different stories, and so what may be taken out.
 */
class RecurringParagraphsOnMultiNewsTest {

    private static final String REASON = "recurs across unrelated articles";

    private static MultiNews.Data data;
    /** Each raw document's paragraphs, by id. */
    private static final Map<String, List<String>> paragraphs = new HashMap<>();
    /** The gold clusters of the raw documents that print each paragraph, by the paragraph's key. */
    private static final Map<String, Set<String>> clustersOf = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        Path dir = EvalData.eval().resolve("multinews-dev");
        data = MultiNews.load(dir);
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(dir.resolve("docs.jsonl"))) {
            JsonNode node = mapper.readTree(line);
            List<String> ps = new ArrayList<>();
            for (String p : node.get("text").asText().split("\n")) {
                if (!key(p).isEmpty()) {
                    ps.add(p.strip());
                    clustersOf.computeIfAbsent(key(p), k -> new HashSet<>()).add(node.get("cluster").asText());
                }
            }
            paragraphs.put(node.get("id").asText(), ps);
        }
    }

    @Test
    void takesOutOnlyParagraphsThatDocumentsOfThreeStoriesOrMorePrint() {
        List<RemovedLine> recurring = data.articles().stream().flatMap(a -> a.removed().stream())
                .filter(r -> r.reason().equals(REASON)).toList();
        assertThat(recurring).isNotEmpty();
        assertThat(recurring).allSatisfy(r -> assertThat(clustersOf.get(key(r.text()))).as(r.text()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void rejectsEveryPageThatIsNothingButAParagraphOfThreeStoriesOrMore() {
        List<String> notices = paragraphs.entrySet().stream().filter(e -> e.getValue().size() == 1
                && clustersOf.get(key(e.getValue().get(0))).size() >= 3).map(Map.Entry::getKey).toList();
        assertThat(notices).hasSizeGreaterThanOrEqualTo(10);
        assertThat(data.rejected().keySet()).containsAll(notices);
    }

    @Test
    void rejectsOnlyShortPagesAndKeepsEveryStoryOfTheSet() {
        assertThat(data.rejected()).isNotEmpty();
        assertThat(data.rejected().keySet()).allSatisfy(id -> assertThat(String.join(" ", paragraphs.get(id))
                .split("\\s+")).as(id).hasSizeLessThan(300));
        Set<String> kept = new HashSet<>(data.gold().values());
        assertThat(kept).containsAll(data.rejected().values());
    }

    /** A paragraph's identity: its letters and digits, lower-cased (as the remover compares them). */
    private static String key(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
