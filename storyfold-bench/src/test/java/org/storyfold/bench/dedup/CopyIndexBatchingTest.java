package org.storyfold.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyfold.bench.EvalData;
import org.storyfold.bench.MultiNews;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.extract.Article;

/**
 * The store's copy index, fed a shuffled corpus in small batches as the live path feeds it, finds
 * the same copy groups as the dedup of the whole corpus at once (what the cluster command uses):
 * what the batch-fed store still loses against one batch does not come from the index.
 */
class CopyIndexBatchingTest {

    @Test
    void multiNewsShuffledInBatchesOf25GivesTheGroupsOfOneBatch() throws Exception {
        MultiNews.Data data = MultiNews.load(EvalData.eval().resolve("multinews-dev"));
        List<DuplicateGroup> atOnce = new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(data.articles());

        List<Article> shuffled = new ArrayList<>(data.articles());
        Collections.shuffle(shuffled, new Random(1));
        CopyIndex index = CopyIndex.inMemory(DedupConfig.defaults());
        for (int from = 0; from < shuffled.size(); from += 25) {
            index.add(shuffled.subList(from, Math.min(shuffled.size(), from + 25)));
        }

        assertThat(atOnce).hasSizeGreaterThan(30);
        assertThat(described(index.groups())).isEqualTo(described(atOnce));
    }

    /** Each group as its kind, original and members (a partial group lists its copies in arrival order). */
    private static Set<String> described(List<DuplicateGroup> groups) {
        return groups.stream().map(g -> g.kind() + " " + g.original() + " " + new TreeSet<>(g.members()))
                .collect(Collectors.toSet());
    }
}
