package org.storyfold;

import java.util.List;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.Storyline;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.synth.Brief;

/**
 * Everything one run makes of its input: the articles, the copies among them, the stories, the
 * storylines that link stories, and each story's brief.
 *
 * @param articles   the extracted articles, in input order
 * @param duplicates the duplicate groups
 * @param stories    the stories, largest first
 * @param briefs     each story's brief, computed when asked for ({@link #computeBrief}: ask in
 *                   story order, once each)
 * @param storylines the storylines, largest first
 */
public record Digest(List<Article> articles, List<DuplicateGroup> duplicates, List<Story> stories,
                     StoryBriefs briefs, List<Storyline> storylines) {
    public Digest {
        articles = List.copyOf(articles);
        duplicates = List.copyOf(duplicates);
        stories = List.copyOf(stories);
        storylines = List.copyOf(storylines);
    }

    /** Computes the brief of the story with this id (see {@link StoryBriefs#compute}); null for no such story. */
    public Brief computeBrief(String storyId) {
        return briefs.compute(storyId);
    }
}
