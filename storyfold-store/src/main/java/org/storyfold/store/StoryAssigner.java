package org.storyfold.store;

import java.util.List;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Places new articles into stories and says which stories changed.
 *
 * <p>Contract: every fresh article is in exactly one returned update, and every stored article at
 * most once; an update's {@code articles} hold all of the story's members after the change, the
 * members of the stories it absorbs included, but for those moved to another update's story; a stored
 * article leaves its story only with the whole story (absorbed) or when that story is named too
 * (continuing with its other members, or absorbed), so that its page is written again; a stored story
 * is named at most once, as continuing or as absorbed; the articles of each group in {@code copies}
 * end in one story. Stored stories not named are unchanged. Called
 * by one thread at a time, once per batch, in the order the batches are committed.
 */
@FunctionalInterface
public interface StoryAssigner {

    /**
     * @param fresh  the batch's new articles, already given their final ids
     * @param copies the copy groups the batch made or changed, each as it now stands ({@link CopyUpdate#changed}):
     *               every group with a new article is among them
     * @param stored the store as of the last batch
     */
    List<StoryAssignment> assign(List<Article> fresh, List<DuplicateGroup> copies, StoredCollection stored);
}
