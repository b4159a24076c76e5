package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Writes a brief by selection only: sentences are aligned across the story's articles into
 * families of printings and linked to their paraphrases; names are merged into entities;
 * quotes, figures and dated events are read from the articles' own sentences; figures that cannot
 * all be true are set side by side; and the summary picks families by independent support,
 * centrality and position, without redundancy, within the word budget. Nothing is written that
 * no article printed. Thread-safe.
 */
public final class ExtractiveBriefer implements Briefer {

    private final BriefConfig config;

    public ExtractiveBriefer(BriefConfig config) {
        this.config = config;
    }

    @Override
    public Brief brief(List<Article> articles, List<DuplicateGroup> copies) {
        // 1. Printings of one sentence across articles, and what the outlets swap for one another.
        StoryText story = new StoryText(articles, config.sentenceMatch());
        Substitutions.Learned learned = Substitutions.learn(story);
        // 2. Entities, their aliases merged.
        Entities entities = EntityResolver.resolve(story, MentionFinder.find(story), learned);
        // 3. Paraphrases across articles, and which articles are one source.
        ContentKeys keys = new ContentKeys(entities, learned.words());
        Paraphrases paraphrases = new Paraphrases(story, keys, config.paraphraseMatch());
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        Independence independence = new Independence(copies, ids);
        // 4. Dates: the story's, each article's, and articles whose date contradicts their content.
        StoryCalendar calendar = new StoryCalendar(story, paraphrases);
        // 5. Who said what.
        Attributor attributor = new Attributor(story, entities);
        List<Quote> quotes = QuoteFinder.find(story, attributor, keys);
        // 6. Figures and the conflicts among them.
        List<Reading> readings = FigureFinder.find(story, entities, attributor, calendar, keys);
        List<Conflict> conflicts = ConflictFinder.find(story, readings);
        // 7. Timeline.
        List<TimelineEntry> timeline = TimelineBuilder.build(story, calendar, paraphrases, config);
        // 8. Facts and summary.
        Citations citations = new Citations(story, paraphrases, independence);
        List<Integer> citable = new ArrayList<>();
        for (int f = 0; f < story.families.size(); f++) {
            SentenceFamilies.Member h = story.families.get(f).head();
            if (Citable.test(story.sentence(h.article(), h.sentence()), config)) {
                citable.add(f);
            }
        }
        List<CitedSentence> facts = citable.stream()
                .filter(f -> story.families.get(f).support() >= 2)
                .map(citations::cite)
                .sorted(Comparator.comparingInt((CitedSentence c) -> -c.independent())
                        .thenComparingInt(c -> -c.sources().size()))
                .toList();
        List<CitedSentence> summary = SummarySelector.select(story, citable, citations, config.summaryWords())
                .stream().map(citations::cite).toList();
        return new Brief(summary, facts, entities.list(), quotes, figures(story, readings), conflicts, timeline,
                calendar.misdated());
    }

    private static List<Figure> figures(StoryText story, List<Reading> readings) {
        List<Figure> out = new ArrayList<>();
        for (Reading r : readings) {
            out.add(new Figure(r.subject(), r.value(), story.sentence(r.article(), r.sentence()), story.id(r.article()),
                    r.speaker() == null ? null : r.speaker().name(),
                    r.speaker() == null ? null : r.speaker().affiliation(), r.date() == null ? null : r.date().iso()));
        }
        return out;
    }
}
