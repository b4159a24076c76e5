package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cites a family of sentences: its text from the first source, every article that prints it with
 * its own wording, the articles that state it in other words, and how many independent sources
 * that makes. Immutable after construction.
 */
final class Citations {

    private final StoryText story;
    private final Paraphrases paraphrases;
    private final Independence independence;

    Citations(StoryText story, Paraphrases paraphrases, Independence independence) {
        this.story = story;
        this.paraphrases = paraphrases;
        this.independence = independence;
    }

    CitedSentence cite(int family) {
        List<SentenceFamilies.Member> members = new ArrayList<>(story.families.get(family).members());
        members.sort(Comparator.comparingInt(SentenceFamilies.Member::article));
        List<String> sources = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (SentenceFamilies.Member m : members) {
            sources.add(story.id(m.article()));
            evidence.add(new Evidence(story.id(m.article()), story.sentence(m.article(), m.sentence())));
        }
        List<Paraphrases.Link> links = new ArrayList<>(paraphrases.of(family));
        links.sort(Comparator.comparingDouble(l -> -l.similarity()));
        Set<String> seen = new HashSet<>(sources);
        List<Evidence> restated = new ArrayList<>();
        for (Paraphrases.Link l : links) {
            for (SentenceFamilies.Member m : story.families.get(l.family()).members()) {
                if (seen.add(story.id(m.article()))) {
                    restated.add(new Evidence(story.id(m.article()), story.sentence(m.article(), m.sentence())));
                }
            }
        }
        restated.sort(Comparator.comparingInt(e -> indexOf(e.article())));
        List<String> stating = new ArrayList<>(sources);
        restated.forEach(e -> stating.add(e.article()));
        SentenceFamilies.Member head = story.families.get(family).head();
        return new CitedSentence(story.sentence(head.article(), head.sentence()), sources, evidence,
                independence.count(stating, sources), restated);
    }

    /** How many independent sources state family {@code f}. */
    int independent(int family) {
        return cite(family).independent();
    }

    private int indexOf(String id) {
        for (int a = 0; a < story.articleCount(); a++) {
            if (story.id(a).equals(id)) {
                return a;
            }
        }
        return -1;
    }
}
