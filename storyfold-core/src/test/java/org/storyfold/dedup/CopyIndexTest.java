package org.storyfold.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.TestData;
import org.storyfold.extract.Article;

class CopyIndexTest {

    private static List<Article> seeds;
    private static List<Article> news;

    @TempDir
    Path dir;

    @BeforeAll
    static void readArticles() throws IOException {
        seeds = List.copyOf(TestData.seedArticles().values());
        news = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(TestData.shared().resolve("eval/multinews-dev/docs.jsonl"))) {
            var node = json.readTree(line);
            news.add(article(node.get("id").asText(), node.get("text").asText()));
        }
    }

    @Test
    void findsTheSameGroupsWhetherArticlesComeAtOnceOrInBatches() {
        List<Article> all = new ArrayList<>(seeds);
        all.addAll(news);
        Set<String> atOnce = summary(index(all).groups());

        List<Article> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(4));
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        for (int from = 0; from < shuffled.size(); from += 100) {
            index.add(shuffled.subList(from, Math.min(shuffled.size(), from + 100)));
        }
        assertThat(summary(index.groups())).isEqualTo(atOnce).contains(
                "near 001_58b2e9f6377aac77 [000_474674fb51d8608a, 001_58b2e9f6377aac77, 002_e879aae13f05d629]",
                "partial 001_58b2e9f6377aac77 [001_58b2e9f6377aac77, 004_caf3c2726321cc26]");
    }

    @Test
    void savesAnIndexThatOpensAndKeepsGrowing() throws IOException {
        List<Article> all = new ArrayList<>(news.subList(0, 200));
        all.addAll(seeds);
        try (CopyIndex index = CopyIndex.create(DedupConfig.defaults(), dir)) {
            index.add(all.subList(0, 202));
            index.save(dir);
        }
        try (CopyIndex reopened = CopyIndex.open(dir)) {
            assertThat(reopened.size()).isEqualTo(202);
            IndexChanges changes = reopened.add(all.subList(200, all.size()));
            assertThat(changes.skipped()).containsExactly(all.get(200).id(), all.get(201).id());
            assertThat(summary(reopened.groups())).isEqualTo(summary(index(all).groups()));
            reopened.save(dir);
        }
        try (CopyIndex again = CopyIndex.open(dir)) {
            assertThat(again.size()).isEqualTo(all.size());
            assertThat(again.config()).isEqualTo(DedupConfig.defaults());
        }
    }

    @Test
    void reportsTheGroupsEachBatchChanges() {
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        assertThat(index.add(List.of(seed("000"), seed("003"))).groups()).isEmpty();

        IndexChanges wire = index.add(List.of(seed("001")));
        assertThat(wire.groups()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(CopyKind.NEAR);
            assertThat(g.members()).containsExactly(id("001"), id("000"));
        });

        IndexChanges reuse = index.add(List.of(seed("004"), seed("002")));
        assertThat(reuse.added()).containsExactly(id("004"), id("002"));
        assertThat(summary(reuse.groups())).containsExactlyInAnyOrder(
                "near 001_58b2e9f6377aac77 [000_474674fb51d8608a, 001_58b2e9f6377aac77, 002_e879aae13f05d629]",
                "partial 001_58b2e9f6377aac77 [001_58b2e9f6377aac77, 004_caf3c2726321cc26]");
        assertThat(index.add(List.of(seed("002"))).skipped()).containsExactly(id("002"));
    }

    @Test
    void tellsIndependentReportsSharingTwoSentencesFromAPartialCopyOfThree() {
        String quote = "“We will not allow foreign fighters to leave the city under any deal,” the coalition spokesman said on Saturday.";
        String background = "The Syrian Democratic Forces, an alliance of Kurdish and Arab fighters, broke into the city in June after months of fighting.";
        String third = "Up to 1,500 civilians have managed to flee the battle-ravaged city in the past week, according to the coalition.";
        Article source = article("source", news.get(0).text() + "\n\n" + quote + "\n\n" + background + "\n\n" + third);
        Article independent = article("independent", news.get(300).text() + "\n\n" + quote + "\n\n" + background);
        Article partial = article("partial", news.get(500).text() + "\n\n" + quote + "\n\n" + background + "\n\n" + third);
        List<DuplicateGroup> groups = index(List.of(source, independent, partial)).groups();
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(CopyKind.PARTIAL);
            assertThat(g.members()).containsExactlyInAnyOrder("source", "partial");
        });
    }

    @Test
    void boundsATenMegabyteArticleAndStillFindsItsCopy() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; huge.length() < 10_000_000; i++) {
            huge.append(news.get(i % news.size()).text()).append("\n\n");
        }
        Article copy = article("copy", news.get(1).text());
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        IndexChanges changes = index.add(List.of(article("huge", huge.toString()), copy));
        assertThat(changes.added()).containsExactly("huge", "copy");
        assertThat(index.stats().postings()).isLessThanOrEqualTo(DedupConfig.defaults().fingerprints().maxKeys() * 2L);
        assertThat(index.stats().profileBytes()).isLessThan(2_000_000);
    }

    @Test
    void joinsACutReprintOnceTheStorysEarliestPrintingArrives() {
        String story = seed("001").text();
        String[] paragraphs = story.split("\n\n");
        assertThat(paragraphs).hasSizeGreaterThan(20);
        String cut = String.join("\n\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length * 2 / 5));
        LocalDate day = LocalDate.of(2017, 10, 14);
        Article lateExactCopy = dated("late-exact-copy", story.replace("\n\n", "\n"), day.plusDays(1), null);
        Article reprint = dated("cut-reprint", cut, day, null);
        Article wire = dated("wire", story, day, "AFP");
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        index.add(List.of(lateExactCopy));
        index.add(List.of(reprint));
        IndexChanges changes = index.add(List.of(wire));
        assertThat(changes.groups()).anySatisfy(g -> {
            assertThat(g.kind()).isEqualTo(CopyKind.NEAR);
            assertThat(g.original()).isEqualTo("wire");
            assertThat(g.members()).containsExactlyInAnyOrder("wire", "late-exact-copy", "cut-reprint");
        });
        assertThat(index.groups()).singleElement();
    }

    @Test
    void doesNotJoinTheStoriesAnUndatedDigestPrintsWhole() {
        StringBuilder digest = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            digest.append(news.get(i * 7).text()).append("\n\n");
        }
        List<Article> articles = new ArrayList<>();
        articles.add(article("digest", digest.toString()));
        for (int i = 0; i < 12; i++) {
            articles.add(news.get(i * 7));
        }
        List<DuplicateGroup> groups = index(articles).groups();
        assertThat(groups).noneMatch(g -> g.kind() != CopyKind.PARTIAL && g.members().size() > 2);
    }

    @Test
    void keepsOneGroupForManyExactCopiesWithoutIndexingThem() {
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            copies.add(article("c" + i, i % 2 == 0 ? news.get(2).text() : news.get(2).text().toUpperCase()));
        }
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        index.add(copies);
        assertThat(index.groups()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(CopyKind.EXACT);
            assertThat(g.members()).hasSize(20_000);
        });
        assertThat(index.stats().profileBytes()).isLessThan(20_000);
    }

    private static CopyIndex index(List<Article> articles) {
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        index.add(articles);
        return index;
    }

    private static Set<String> summary(List<DuplicateGroup> groups) {
        return groups.stream().map(g -> g.kind().label() + " " + g.original() + " "
                + g.members().stream().sorted().toList()).collect(Collectors.toSet());
    }

    private static Article seed(String prefix) {
        return seeds.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String id(String prefix) {
        return seed(prefix).id();
    }

    private static Article dated(String id, String text, LocalDate published, String credit) {
        return new Article(id, id, null, null, published, null, credit, null, text, List.of(), List.of(), List.of());
    }

    /** An article as a store would hand it over: text and id, no sentences (the index cuts its own). */
    static Article article(String id, String text) {
        return new Article(id, id, null, null, (LocalDate) null, null, null, null, text, List.of(), List.of(), List.of());
    }
}
