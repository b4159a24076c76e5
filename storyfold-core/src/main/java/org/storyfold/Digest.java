package org.storyfold;

import java.util.List;
import java.util.Map;
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
 * @param briefs     each story's brief, by story id (in a pipeline's digest, made when read:
 *                   read them in story order, once)
 * @param storylines the storylines, largest first
 */
public record Digest(List<Article> articles, List<DuplicateGroup> duplicates, List<Story> stories,
                     Map<String, Brief> briefs, List<Storyline> storylines) {
    public Digest {
        articles = List.copyOf(articles);
        duplicates = List.copyOf(duplicates);
        stories = List.copyOf(stories);
        briefs = briefs instanceof BriefsOnDemand ? briefs : Map.copyOf(briefs);
        storylines = List.copyOf(storylines);
    }

    /** A digest without storylines. */
    public Digest(List<Article> articles, List<DuplicateGroup> duplicates, List<Story> stories,
                  Map<String, Brief> briefs) {
        this(articles, duplicates, stories, briefs, List.of());
    }
}
