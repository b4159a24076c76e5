package org.storyfold.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Read access to the articles, copies and stories already stored, for the stages that place new
 * articles among them. It sees the store as of the last committed batch; the batch under way is
 * not in it. Used by one thread at a time.
 */
public interface StoredCollection {

    /** How many articles are stored. */
    long size();

    /** The stored articles with these ids, by id; unknown ids are left out. */
    Map<String, Article> articles(Collection<String> ids);

    /** The stored duplicate groups that any of these articles belongs to, each once. */
    List<DuplicateGroup> groupsOf(Collection<String> ids);

    /** The story of each of these stored articles, by article id; unknown ids are left out. */
    Map<String, String> storiesOf(Collection<String> ids);

    /** The ids of these stored stories' articles, all of them, in the order they were stored. */
    List<String> storyMembers(Collection<String> stories);
}
