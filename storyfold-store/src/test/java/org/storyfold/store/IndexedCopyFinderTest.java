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
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceDiff;
import org.storyfold.extract.Article;

/** A copy index's changes turned into the store's update: what is examined, changed, kept and carried. */
class IndexedCopyFinderTest {

    private static final StoryfoldConfig CONFIG = StoryfoldConfig.defaults();
    private static final Storyfold STORYFOLD = new Storyfold(CONFIG);

    @Test
    void growsTheFamilyAndKeepsTheStoredPartialGroupItsOriginalHeads() {
        Map<String, Article> seeds = new LinkedHashMap<>();
        STORYFOLD.articles(List.of(Seeds.folder()), p -> { }, Progress.NONE).forEach(a -> seeds.put(a.id(), a));
        IndexedCopyFinder finder = new IndexedCopyFinder(CopyIndex.inMemory(CONFIG.dedup()), new SentenceDiff(CONFIG.dedup()));
        FakeStore store = new FakeStore();

        // 1. 001, 002 and 004: 002 a near copy of 001, 004 a partial reuse of it.
        List<Article> first = List.of(seeds.get("001_58b2e9f6377aac77"), seeds.get("002_e879aae13f05d629"),
                seeds.get("004_caf3c2726321cc26"));
        CopyUpdate before = finder.copiesOf(first, store);
        assertThat(before.kept()).isEmpty();
        assertThat(before.changed()).extracting(DuplicateGroup::kind).containsExactlyInAnyOrder(CopyKind.NEAR, CopyKind.PARTIAL);
        assertThat(before.changed()).flatExtracting(DuplicateGroup::links).extracting(CopyLink::edits).doesNotContainNull();
        first.forEach(store::add);
        store.groups.addAll(before.groups());

        // 2. 000, another near copy of 001: the family grows; the partial group 001 heads stands as it was.
        Article a000 = seeds.get("000_474674fb51d8608a");
        CopyUpdate after = finder.copiesOf(List.of(a000), store);
        DuplicateGroup family = after.changed().stream().filter(g -> g.kind() != CopyKind.PARTIAL).findFirst().orElseThrow();
        assertThat(family.members()).containsExactlyInAnyOrder("001_58b2e9f6377aac77", "002_e879aae13f05d629", a000.id());
        assertThat(after.kept()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(CopyKind.PARTIAL);
            assertThat(g.members()).containsExactly("001_58b2e9f6377aac77", "004_caf3c2726321cc26");
        });
        // Examined is closed: 001 is examined, so is every member of each stored group it is in.
        assertThat(after.examined()).containsExactlyInAnyOrder("001_58b2e9f6377aac77", "002_e879aae13f05d629",
                "004_caf3c2726321cc26", a000.id());
        // The stored link's edits are kept, not worked out again; the new one's are worked out from the texts.
        CopyLink stored = link(before.changed(), "002_e879aae13f05d629");
        assertThat(link(after.changed(), "002_e879aae13f05d629").edits()).isSameAs(stored.edits());
        assertThat(link(after.changed(), a000.id()).edits().dropped()).isNotEmpty();
    }

    private static CopyLink link(List<DuplicateGroup> groups, String copy) {
        return groups.stream().flatMap(g -> g.links().stream()).filter(l -> l.copy().equals(copy)).findFirst().orElseThrow();
    }

    /** Stored articles and groups in memory. */
    private static final class FakeStore implements StoredCollection {
        final Map<String, Article> articles = new HashMap<>();
        final List<DuplicateGroup> groups = new ArrayList<>();

        void add(Article a) {
            articles.put(a.id(), a);
        }

        @Override
        public long size() {
            return articles.size();
        }

        @Override
        public Map<String, Article> articles(Collection<String> ids) {
            Map<String, Article> out = new LinkedHashMap<>();
            ids.stream().filter(articles::containsKey).forEach(id -> out.put(id, articles.get(id)));
            return out;
        }

        @Override
        public List<DuplicateGroup> groupsOf(Collection<String> ids) {
            return groups.stream().filter(g -> g.members().stream().anyMatch(ids::contains)).toList();
        }

        @Override
        public Map<String, String> storiesOf(Collection<String> ids) {
            return Map.of();
        }

        @Override
        public List<String> storyMembers(Collection<String> stories) {
            return List.of();
        }
    }
}
