package org.storyfold.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * Ranks a text's passages by how many query words they hold, earlier passages first among equals.
 * Lucene's default scorer weighs each distinct word with BM25 and builds a hash of the passage's
 * words to do so, which made choosing passages the largest part of a search; counting matches picks
 * the same passages for the one- and two-word queries people type. Stateless.
 */
final class MatchCountScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        // A small tie-break towards the start of the text, where the lead sums up the story.
        return passage.getNumMatches() + 1f / (1 + passage.getStartOffset() / 1000f) * 0.1f;
    }
}
