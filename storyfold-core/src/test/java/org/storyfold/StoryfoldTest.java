package org.storyfold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.InputFile;

/** The whole pipeline on the seeds, through the JSON format a user reads. */
class StoryfoldTest {

    @TempDir
    Path dir;

    @Test
    void digestsTheSeedsIntoTheDocumentedJsonFormat() throws Exception {
        Digest digest = new Storyfold(StoryfoldConfig.defaults()).digest(List.of(TestData.seeds()), p -> {
            throw new AssertionError("unexpected problem " + p);
        }, Progress.NONE);
        StringWriter out = new StringWriter();
        JsonFormat.writeDigest(digest, out, false);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertThat(json.get("articles")).hasSize(5);
        for (JsonNode a : json.get("articles")) {
            assertThat(fieldNames(a)).containsExactly("id", "source", "url", "title", "published", "outlet", "credit",
                    "dateline", "text", "removed", "repairs", "modified", "authors", "language", "canonical", "publishedTime");
            assertThat(a.get("published").isNull() || a.get("published").asText().matches("\\d{4}-\\d{2}-\\d{2}")).isTrue();
        }
        assertThat(json.get("duplicates")).allSatisfy(g -> assertThat(fieldNames(g))
                .containsExactly("members", "original", "kind", "similarity", "links"));
        JsonNode story = json.get("stories").get(0);
        assertThat(fieldNames(story)).containsExactly("id", "title", "articles", "independentSources", "sources",
                "coverage", "firstReported", "lastUpdated", "brief");
        assertThat(fieldNames(story.get("coverage").get(0))).containsExactly("article", "outlet", "credit", "published",
                "url", "role", "copyOf", "misdated");
        assertThat(fieldNames(story.get("brief"))).containsExactly("summary", "facts", "confirmed", "singleSource",
                "headline", "entities", "quotes", "figures", "conflicts", "timeline", "misdated");
        assertThat(fieldNames(story.get("brief").get("summary").get(0))).containsExactly("text", "sources", "evidence",
                "independent", "paraphrases", "origins");
        assertThat(fieldNames(story.get("brief").get("quotes").get(0))).containsExactly("speaker", "affiliation", "kind",
                "text", "sources", "variants", "verb");
        assertThat(fieldNames(story.get("brief").get("figures").get(0))).containsExactly("subject", "value", "text",
                "source", "speaker", "affiliation", "date", "label", "measure", "low", "high", "state");
        JsonNode storyline = json.get("storylines").get(0);
        assertThat(fieldNames(storyline)).containsExactly("id", "stories", "links", "figures");
        assertThat(fieldNames(storyline.get("links").get(0))).containsExactly("earlier", "later", "similarity", "names",
                "days", "reason", "ordered");
        List<String> storyArticles = new ArrayList<>();
        story.get("articles").forEach(n -> storyArticles.add(n.asText()));
        assertThat(storyArticles).contains("000_474674fb51d8608a", "001_58b2e9f6377aac77", "002_e879aae13f05d629",
                "004_caf3c2726321cc26");
    }

    @Test
    void goesOnPastBadFilesAndReportsEachOnce() throws Exception {
        Files.copy(TestData.seeds().resolve("000_474674fb51d8608a.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("bad.jsonl"), "{oops\n".getBytes());
        List<Problem> problems = new ArrayList<>();
        Digest digest = new Storyfold(StoryfoldConfig.defaults()).digest(List.of(dir), problems::add, Progress.NONE);
        assertThat(digest.articles()).extracting(a -> a.id()).containsExactly("good");
        assertThat(digest.stories()).hasSize(1);
        assertThat(problems).extracting(Problem::source).containsExactly(dir.resolve("bad.jsonl") + ":1", dir.resolve("empty.txt").toString());
    }

    @Test
    void givesRepeatedIdsASuffixAndSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("a/story.txt"), "Headline\n\nFirst report of the event, with enough words to be a body.".getBytes());
        Files.write(dir.resolve("b/story.txt"), "Headline\n\nSecond report of the event, with enough words to be a body.".getBytes());
        List<Problem> problems = new ArrayList<>();
        List<String> ids = new Storyfold(StoryfoldConfig.defaults()).articles(List.of(dir), problems::add, Progress.NONE)
                .stream().map(a -> a.id()).toList();
        assertThat(ids).containsExactly("story", "story~2");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("already used").contains("story~2"));
    }

    @Test
    void extractsALargeFileInSlicesAsItWouldDocumentByDocument() {
        // 690 crawled pages in one JSON Lines file: extracted a slice at a time, in parallel.
        Path docs = TestData.shared().resolve("eval/multinews-dev/docs.jsonl");
        Storyfold storyfold = new Storyfold(StoryfoldConfig.defaults());
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = storyfold.articles(List.of(docs), problems::add, Progress.NONE);

        FileIngester ingester = new FileIngester(StoryfoldConfig.defaults().ingest());
        List<Article> oneByOne = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        for (InputFile file : ingester.list(List.of(docs), rejected::add)) {
            ingester.read(file, raw -> {
                if (raw.flatMap(storyfold::extract) instanceof Outcome.Ok<Article> ok) {
                    oneByOne.add(ok.value());
                } else {
                    rejected.add(null);
                }
            });
        }
        List<Article> expected = storyfold.cleanBatch(oneByOne).stream()
                .filter(o -> o instanceof Outcome.Ok<Article>).map(o -> ((Outcome.Ok<Article>) o).value()).toList();
        assertThat(articles).hasSizeGreaterThan(600).isEqualTo(expected);
        assertThat(problems).hasSize(690 - articles.size());
    }

    @Test
    void makesEachBriefWhenReadInAnyOrderAsTheBrieferWould() {
        Storyfold storyfold = new Storyfold(StoryfoldConfig.defaults());
        List<String> heard = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void start(String task, long total) {
                heard.add("start " + task + " " + total);
            }

            @Override
            public synchronized void advance(long units) {
                String last = heard.get(heard.size() - 1);
                if (last.startsWith("done ")) {
                    heard.set(heard.size() - 1, "done " + (Long.parseLong(last.substring(5)) + units));
                } else {
                    heard.add("done " + units);
                }
            }

            @Override
            public void finish() {
                heard.add("finish");
            }
        };
        Digest digest = storyfold.digest(List.of(TestData.shared().resolve("eval/multinews-dev/docs.jsonl")),
                p -> { }, progress);
        // Documents of the one file counted and extracted; the stages of unknown length started and finished.
        assertThat(heard).containsExactly("start extract 690", "done 690", "finish", "start clean -1", "finish",
                "start dedup -1", "finish", "start cluster -1", "finish");
        heard.clear();
        Map<String, Article> byId = new HashMap<>();
        digest.articles().forEach(a -> byId.put(a.id(), a));
        List<Story> stories = digest.stories();
        assertThat(stories).hasSizeGreaterThan(3 * StoryBriefs.WINDOW);
        assertThat(digest.briefs().size()).isEqualTo(stories.size());
        // Backwards, then in story order: windows computed from any position.
        List<Story> backwards = new ArrayList<>(stories);
        Collections.reverse(backwards);
        for (Story story : backwards.subList(0, 2 * StoryBriefs.WINDOW)) {
            List<DuplicateGroup> touching = digest.duplicates().stream()
                    .filter(g -> g.members().stream().anyMatch(story.articles()::contains)).toList();
            assertThat(digest.computeBrief(story.id())).as(story.id())
                    .isEqualTo(storyfold.brief(story, byId, touching));
        }
        for (Story story : stories) {
            assertThat(digest.computeBrief(story.id())).as(story.id()).isNotNull();
        }
        // Read backwards no progress is heard; read in order from the first, every brief is.
        assertThat(heard).containsExactly("start brief " + stories.size(), "done " + stories.size(), "finish");
        assertThat(digest.computeBrief("no-such-story")).isNull();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void keepsTwoShootingsOfOneWeekApartThoughEachGathersASmallGroupFirst() {
        // Two shootings told in the same words, each by two undated reports: gunfire at a council
        // meeting in New Hope, Minnesota, and a campus officer who shot an armed man in Berkeley. At the
        // threshold of 0.18 each pair gathers first and the two pairs then join, unless two small groups
        // of several reports must be a third as alike again (ClusterConfig#joinsGroups).
        Story newHope = storyHolding(multiNewsDev(), "mn094-0");
        assertThat(newHope.articles()).anyMatch(id -> id.contains("mn094-1"));
        assertThat(newHope.articles()).noneMatch(id -> id.contains("mn189"));
    }

    @Test
    void keepsTheHomsJournalistsApartFromTheDamascusClashesThoughEachGroupOfThreePassesTheThreshold() {
        // Two happenings of Syria's uprising three weeks apart, each told by three undated reports: the
        // wounded Western journalists evacuated from Homs, and the clashes in a Damascus district. Each
        // group's reports are far more alike among themselves than with the other's, yet the two groups
        // pass the threshold (and the small groups' bar) together; they join unless two groups of three or
        // more must be as alike as a share of their own cohesion (ClusterConfig#coheres).
        Digest digest = multiNewsDev();
        Story homs = storyHolding(digest, "mn047-0");
        Story damascus = storyHolding(digest, "mn076-2");
        assertThat(homs).isNotSameAs(damascus);
        assertThat(homs.articles()).anyMatch(id -> id.contains("mn047-1")).anyMatch(id -> id.contains("mn047-2"));
        assertThat(damascus.articles()).anyMatch(id -> id.contains("mn076-0")).anyMatch(id -> id.contains("mn076-1"));
    }

    private static Digest multiNewsDev;

    /** The digest of multinews-dev's documents, made once for the tests that read it. */
    private static synchronized Digest multiNewsDev() {
        if (multiNewsDev == null) {
            Path docs = TestData.shared().resolve("eval/multinews-dev/docs.jsonl");
            multiNewsDev = new Storyfold(StoryfoldConfig.defaults()).digest(List.of(docs), p -> { }, Progress.NONE);
        }
        return multiNewsDev;
    }

    /** The story of {@code digest} that holds the document whose id contains {@code document}. */
    private static Story storyHolding(Digest digest, String document) {
        return digest.stories().stream().filter(s -> s.articles().stream().anyMatch(id -> id.contains(document)))
                .findFirst().orElseThrow();
    }
}
