package org.storyfold.cluster;

import java.util.List;

/**
 * Why a story is taken for a development of another: how alike their words are, the names they
 * share, and how far apart they are in time.
 *
 * @param earlier    the id of the earlier story (by date, else the one seen first)
 * @param later      the id of the later story
 * @param similarity the cosine of the two stories' centroids, in [0, 1]
 * @param names      the proper names both stories feature, most telling first
 * @param days       days from the earlier story's last article to the later story's first, or
 *                   null when either is undated; 0 when they overlap
 * @param reason     the above in one line, for people
 */
public record StorylineLink(String earlier, String later, double similarity, List<String> names, Long days,
                            String reason) {
    public StorylineLink {
        names = List.copyOf(names);
    }
}
