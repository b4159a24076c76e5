package org.storyfold.synth;

import java.util.ArrayList;
import java.util.List;
import org.storyfold.text.WordAlignment;

/**
 * Learns which words a story's outlets use for one another by comparing the printings of one
 * sentence: where two printings differ only by a name put for a name ("Kiev" / "Kyiv",
 * "Burma" / "Myanmar", "United Nations" / "UN"), the names are aliases; where they differ by a
 * lower-case word put for another ("jihadists" / "militants"), the words are interchangeable in
 * this story. Each printing is compared with the family's first and with the printing before it.
 * Stateless.
 */
final class AliasLearner {

    /** Two spellings found in the same place of two printings of one sentence. */
    record Pair(String left, String right) {
    }

    /** What was learned: names put for names, and words put for words. */
    record Learned(List<Pair> names, List<Pair> words) {
    }

    private static final int LONGEST_NAME = 4;
    private static final int SHORTEST_WORD = 3;

    private AliasLearner() {
    }

    static Learned learn(StoryText story) {
        List<Pair> names = new ArrayList<>();
        List<Pair> words = new ArrayList<>();
        for (SentenceFamilies.Family f : story.families) {
            SentenceFamilies.Member head = f.head();
            List<Token> a = story.tokens(head.article(), head.sentence());
            List<Token> previous = null;
            for (SentenceFamilies.Member m : f.members().subList(1, f.members().size())) {
                List<Token> b = story.tokens(m.article(), m.sentence());
                diff(a, b, names, words);
                if (previous != null) {
                    diff(previous, b, names, words);
                }
                previous = b;
            }
        }
        return new Learned(names, words);
    }

    private static void diff(List<Token> a, List<Token> b, List<Pair> names, List<Pair> words) {
        List<String> ka = a.stream().map(Token::text).toList();
        List<String> kb = b.stream().map(Token::text).toList();
        for (WordAlignment.Hunk h : WordAlignment.hunks(ka, kb)) {
            hunk(words(a.subList(h.leftStart(), h.leftEnd())), words(b.subList(h.rightStart(), h.rightEnd())), names, words);
        }
    }

    private static void hunk(List<Token> left, List<Token> right, List<Pair> names, List<Pair> words) {
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        if (left.size() == right.size()) {
            for (int k = 0; k < left.size(); k++) {
                Token x = left.get(k);
                Token y = right.get(k);
                if (x.isCapitalised() && y.isCapitalised()) {
                    names.add(new Pair(x.text(), y.text()));
                } else if (lowerWord(x) && lowerWord(y)) {
                    words.add(new Pair(x.text(), y.text()));
                }
            }
        } else if (left.size() <= LONGEST_NAME && right.size() <= LONGEST_NAME && name(left) && name(right)) {
            names.add(new Pair(join(left), join(right)));
        }
    }

    private static List<Token> words(List<Token> tokens) {
        return tokens.stream().filter(t -> t.isWord() && !t.isNumber()).toList();
    }

    private static boolean name(List<Token> tokens) {
        return tokens.get(0).isCapitalised() && tokens.get(tokens.size() - 1).isCapitalised()
                && tokens.stream().allMatch(t -> t.isCapitalised() || EntityWords.CONNECTORS.contains(t.text()));
    }

    private static boolean lowerWord(Token t) {
        return t.text().length() >= SHORTEST_WORD && t.text().chars().allMatch(Character::isLowerCase);
    }

    private static String join(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
