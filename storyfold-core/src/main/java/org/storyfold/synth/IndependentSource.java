package org.storyfold.synth;

import java.util.List;

/**
 * One independent source behind a story or a fact: an article of its own, or the articles that
 * print one text (an agency's dispatch printed by several outlets, an article and its copies),
 * counted once.
 *
 * @param articles the articles that make it up, the likely original first
 * @param agency   the news agency whose dispatch they print, when they credit one and no other;
 *                 else null
 * @param label    how a reader is told of it: "one AFP dispatch, printed by 3 articles", "one
 *                 text, printed by 2 outlets", "one article (Arab News)"
 */
public record IndependentSource(List<String> articles, String agency, String label) {
    public IndependentSource {
        articles = List.copyOf(articles);
    }
}
