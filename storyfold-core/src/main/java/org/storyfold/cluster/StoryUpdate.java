package org.storyfold.cluster;

import java.util.List;
import java.util.Map;

/**
 * What one batch did to the stories of a {@link StoryStream}: which stories are new, which took
 * new articles, and which were merged into another.
 *
 * @param created the ids of stories the batch opened, in id order
 * @param changed the ids of stories that existed before the batch and took articles or absorbed
 *                another story, or (in a young stream folded anew, see {@link YoungStreamRefold})
 *                lost an article to another story, in id order
 * @param merged  each story merged away (by this batch) and the id of the story it went into
 */
public record StoryUpdate(List<String> created, List<String> changed, Map<String, String> merged) {
    public StoryUpdate {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        merged = Map.copyOf(merged);
    }
}
