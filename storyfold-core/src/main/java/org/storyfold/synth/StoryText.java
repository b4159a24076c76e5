package org.storyfold.synth;

import java.util.ArrayList;
import java.util.List;
import org.storyfold.extract.Article;
import org.storyfold.text.Sentence;

/**
 * A story's articles as the brief's readers share them: every sentence's tokens, and the families
 * of near-identical sentences across articles. Built once per brief; immutable after construction.
 */
final class StoryText {

    final List<Article> articles;
    final List<SentenceFamilies.Family> families;
    private final List<List<List<Token>>> tokens;
    private final int[][] familyOf;

    StoryText(List<Article> articles, double sentenceMatch) {
        this.articles = articles;
        this.families = SentenceFamilies.build(articles, sentenceMatch);
        this.tokens = new ArrayList<>(articles.size());
        this.familyOf = new int[articles.size()][];
        // A sentence printed many times is tokenised once (token lists are immutable).
        java.util.Map<String, List<Token>> tokenised = new java.util.HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            List<Sentence> sentences = articles.get(a).sentences();
            List<List<Token>> perSentence = new ArrayList<>(sentences.size());
            for (Sentence s : sentences) {
                perSentence.add(tokenised.computeIfAbsent(s.text(), t -> List.copyOf(Token.of(t))));
            }
            tokens.add(perSentence);
            familyOf[a] = new int[sentences.size()];
        }
        for (int f = 0; f < families.size(); f++) {
            for (SentenceFamilies.Member m : families.get(f).members()) {
                familyOf[m.article()][m.sentence()] = f;
            }
        }
    }

    int articleCount() {
        return articles.size();
    }

    int sentenceCount(int article) {
        return tokens.get(article).size();
    }

    String sentence(int article, int sentence) {
        return articles.get(article).sentences().get(sentence).text();
    }

    List<Token> tokens(int article, int sentence) {
        return tokens.get(article).get(sentence);
    }

    String id(int article) {
        return articles.get(article).id();
    }

    /** The index in {@link #families} of the family that holds the sentence. */
    int familyOf(int article, int sentence) {
        return familyOf[article][sentence];
    }
}
