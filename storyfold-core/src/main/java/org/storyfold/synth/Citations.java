package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cites a family of sentences: its text from the first source, every article that prints it with
 * its own wording, the articles that state it in other words, and the independent sources that
 * makes. Immutable after construction.
 */
final class Citations {

    private final StoryText story;
    private final Paraphrases paraphrases;
    private final SourceGrouping grouping;

    Citations(StoryText story, Paraphrases paraphrases, SourceGrouping grouping) {
        this.story = story;
        this.paraphrases = paraphrases;
        this.grouping = grouping;
    }

    CitedSentence cite(int family) {
        List<Evidence> evidence = printings(family);
        List<String> sources = evidence.stream().map(Evidence::article).toList();
        List<Evidence> restated = restatements(family, new HashSet<>(sources));
        List<String> stating = new ArrayList<>(sources);
        restated.forEach(e -> stating.add(e.article()));
        List<IndependentSource> origins = grouping.sourcesOf(stating);
        SentenceFamilies.Member head = story.families.get(family).head();
        return new CitedSentence(story.sentence(head.article(), head.sentence()), sources, evidence,
                origins.size(), restated, origins);
    }

    /** How many independent sources state family {@code f}. */
    int independent(int family) {
        List<String> stating = new ArrayList<>();
        printings(family).forEach(e -> stating.add(e.article()));
        restatements(family, new HashSet<>(stating)).forEach(e -> stating.add(e.article()));
        return grouping.sourcesOf(stating).size();
    }

    /** Each article's printing of the family, in story order. */
    private List<Evidence> printings(int family) {
        List<SentenceFamilies.Member> members = new ArrayList<>(story.families.get(family).members());
        members.sort(Comparator.comparingInt(SentenceFamilies.Member::article));
        List<Evidence> evidence = new ArrayList<>();
        for (SentenceFamilies.Member m : members) {
            evidence.add(new Evidence(story.id(m.article()), story.sentence(m.article(), m.sentence())));
        }
        return evidence;
    }

    /** The sentences of articles not in {@code seen} that state the family in other words, in story order. */
    private List<Evidence> restatements(int family, Set<String> seen) {
        List<Paraphrases.Link> links = new ArrayList<>(paraphrases.of(family));
        links.sort(Comparator.comparingDouble(l -> -l.similarity()));
        List<Evidence> restated = new ArrayList<>();
        for (Paraphrases.Link l : links) {
            for (SentenceFamilies.Member m : story.families.get(l.family()).members()) {
                if (seen.add(story.id(m.article()))) {
                    restated.add(new Evidence(story.id(m.article()), story.sentence(m.article(), m.sentence())));
                }
            }
        }
        restated.sort(Comparator.comparingInt(e -> indexOf(e.article())));
        return restated;
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
