package org.storyfold.synth;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyfold.text.StopWords;

/**
 * Reduces a sentence to what it says rather than how an outlet spells it: the content words,
 * lower-cased and crudely stemmed, with every name replaced by its entity ("UN", "U.N." and
 * "United Nations" give one key) and every word the outlets were seen to swap replaced by one
 * representative ("jihadists" / "militants"). Numbers are kept, digit groups joined, and "%",
 * "per cent" and "percent" are one key. Immutable after construction.
 */
final class ContentKeys {

    /** Words that hedge or place a statement rather than say what it states: "approximately", "earlier". */
    private static final Set<String> FILLERS = Set.of("approximately", "around", "roughly", "nearly", "almost",
            "estimated", "earlier", "later", "within", "again", "still", "reportedly", "meanwhile", "already");

    private final Entities entities;
    private final Map<String, String> wordClass = new HashMap<>();

    ContentKeys(Entities entities, List<AliasLearner.Pair> swappedWords) {
        this.entities = entities;
        for (AliasLearner.Pair p : swappedWords) {
            String a = representative(stem(p.left()));
            String b = representative(stem(p.right()));
            if (!a.equals(b)) {
                wordClass.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
    }

    /** The keys of one sentence of the story. */
    Set<String> of(StoryText story, int article, int sentence) {
        return of(story, article, sentence, 0, story.tokens(article, sentence).size());
    }

    /** The keys of tokens {@code from} (inclusive) to {@code to} (exclusive) of one sentence. */
    Set<String> of(StoryText story, int article, int sentence, int from, int to) {
        List<Token> tokens = story.tokens(article, sentence);
        boolean[] named = new boolean[tokens.size()];
        Set<String> keys = new LinkedHashSet<>();
        for (Entities.Resolved r : entities.in(article, sentence)) {
            if (r.mention().from() >= from && r.mention().to() <= to) {
                keys.add("#" + r.entity());
            }
            for (int k = r.mention().from(); k < r.mention().to(); k++) {
                named[k] = true;
            }
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (named[k]) {
                continue;
            }
            if (t.text().equals("%")) {
                keys.add("percent");
            } else if (t.isNumber()) {
                keys.add(t.text().replace(",", ""));
            } else if (t.isWord()) {
                String lower = t.lower();
                if (lower.equals("cent") && k > 0 && tokens.get(k - 1).lower().equals("per")) {
                    keys.add("percent");
                } else if (!StopWords.isStopWord(lower) && !FILLERS.contains(lower) && lower.length() > 1) {
                    keys.add(word(lower));
                }
            }
        }
        return keys;
    }

    /** A lower-case word's key: its crude stem, or the representative of the words swapped for it. */
    String word(String lower) {
        return representative(stem(lower));
    }

    private String representative(String stem) {
        String r = stem;
        for (int guard = 0; guard < 16 && wordClass.containsKey(r); guard++) {
            r = wordClass.get(r);
        }
        return r;
    }

    /** Strips common inflections so that "surrendered" and "surrender", "fighters" and "fighter" meet. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
