package org.storyfold.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.StoryStream;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

/** Stream stories turned into store stories, including a store whose stories are not the stream's. */
class StreamStoryAssignerTest {

    private static final Storyfold STORYFOLD = new Storyfold(StoryfoldConfig.defaults());

    @Test
    void absorbsTheStoreStoriesOfAStreamStorysStoredMembers() {
        Article a001 = seed("001_58b2e9f6377aac77");
        Article a002 = seed("002_e879aae13f05d629");
        Article a000 = seed("000_474674fb51d8608a");
        StoryStream stream = stream();
        stream.add(List.of(a001, a002), List.of(group(a001, a002)));
        // The store holds the two apart, as stages other than the stream's may have placed them.
        FakeStore store = new FakeStore().put("s1", a001).put("s2", a002);

        List<StoryAssignment> updates = new StreamStoryAssigner(stream)
                .assign(List.of(a000), List.of(group(a001, a002, a000)), store);

        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.story()).isEqualTo("s1");
            assertThat(u.absorbed()).containsExactly("s2");
            assertThat(u.articles()).containsExactly(a001.id(), a002.id(), a000.id());
            assertThat(u.title()).isNotBlank();
        });
    }

    @Test
    void neverSplitsAStoreStoryTheStreamHoldsInTwo() {
        Article a001 = seed("001_58b2e9f6377aac77");
        Article council = article("council", "Council approves a new budget",
                "The town council approved the budget for next year on Monday after a long debate about roads, "
                        + "schools and the library, which will open on Sundays from the spring.");
        Article a000 = seed("000_474674fb51d8608a");
        StoryStream stream = stream();
        stream.add(List.of(a001, council), List.of());
        assertThat(stream.storyOf(a001.id())).isNotEqualTo(stream.storyOf(council.id()));
        // One store story holds what the stream keeps in two stories.
        FakeStore store = new FakeStore().put("s1", a001).put("s1", council);

        List<StoryAssignment> updates = new StreamStoryAssigner(stream)
                .assign(List.of(a000), List.of(group(a001, a000)), store);

        // The copy joins 001's stream story; the store story goes on whole, the council article in it.
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.story()).isEqualTo("s1");
            assertThat(u.absorbed()).isEmpty();
            assertThat(u.articles()).containsExactly(a001.id(), council.id(), a000.id());
        });
    }

    @Test
    void opensNewStoriesLargestFirstWithTheirArticlesInBatchOrder() {
        List<Article> seeds = STORYFOLD.articles(List.of(Seeds.folder()), p -> { }, Progress.NONE);
        List<DuplicateGroup> groups = STORYFOLD.duplicates(seeds);

        List<StoryAssignment> updates = new StreamStoryAssigner(stream()).assign(seeds, groups, new FakeStore());

        assertThat(updates).extracting(StoryAssignment::story).containsOnlyNulls();
        assertThat(updates).extracting(StoryAssignment::articles).containsExactlyElementsOf(
                STORYFOLD.stories(seeds, groups).stream().map(s -> s.articles()).toList());
    }

    private static StoryStream stream() {
        return new OnlineStoryClusterer(StoryfoldConfig.defaults().cluster()).open();
    }

    private static Article seed(String id) {
        return STORYFOLD.articles(List.of(Seeds.file(id)), p -> { }, Progress.NONE).get(0);
    }

    private static Article article(String id, String title, String text) {
        RawDocument raw = RawDocument.of(id, id + ".txt", ContentType.TEXT, title + "\n\n" + text);
        return ((org.storyfold.Outcome.Ok<Article>) STORYFOLD.extract(raw)).value();
    }

    private static DuplicateGroup group(Article original, Article... copies) {
        List<String> members = new ArrayList<>();
        members.add(original.id());
        for (Article c : copies) {
            members.add(c.id());
        }
        return new DuplicateGroup(members, original.id(), CopyKind.NEAR, 0.9, List.of());
    }

    /** A store of a few articles in memory: their stories, in storing order. */
    private static final class FakeStore implements StoredCollection {
        private final Map<String, String> storyOf = new LinkedHashMap<>();
        private final Map<String, Article> articles = new HashMap<>();

        FakeStore put(String story, Article a) {
            storyOf.put(a.id(), story);
            articles.put(a.id(), a);
            return this;
        }

        @Override
        public long size() {
            return storyOf.size();
        }

        @Override
        public Map<String, Article> articles(Collection<String> ids) {
            Map<String, Article> out = new LinkedHashMap<>();
            ids.stream().filter(articles::containsKey).forEach(id -> out.put(id, articles.get(id)));
            return out;
        }

        @Override
        public List<DuplicateGroup> groupsOf(Collection<String> ids) {
            return List.of();
        }

        @Override
        public Map<String, String> storiesOf(Collection<String> ids) {
            Map<String, String> out = new HashMap<>();
            ids.stream().filter(storyOf::containsKey).forEach(id -> out.put(id, storyOf.get(id)));
            return out;
        }

        @Override
        public List<String> storyMembers(Collection<String> stories) {
            return storyOf.keySet().stream().filter(id -> stories.contains(storyOf.get(id))).toList();
        }
    }
}
