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
 * centrality and position, without redundancy, within the word budget, led by the newest
 * development when later articles brought one. Nothing is written that no article printed.
 * Thread-safe.
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
        AliasLearner.Learned learned = AliasLearner.learn(story);
        // 2. Entities, their aliases merged.
        Entities entities = EntityResolver.resolve(story, MentionFinder.find(story), learned);
        // 3. Paraphrases across articles, and which articles are one source.
        ContentKeys keys = new ContentKeys(entities, learned.words());
        Paraphrases paraphrases = new Paraphrases(story, keys, config.paraphraseMatch());
        SourceGrouping grouping = new SourceGrouping(articles, copies);
        // 4. Dates: the story's, each article's, and articles whose date contradicts their content.
        StoryCalendar calendar = new StoryCalendar(story, paraphrases);
        // 5. Who said what.
        Attributor attributor = new Attributor(story, entities);
        List<Quote> quotes = QuoteFinder.find(story, attributor, keys);
        // 6. Figures and the conflicts among them.
        List<Reading> readings = FigureFinder.find(story, entities, attributor, calendar, keys);
        List<Conflict> conflicts = ConflictFinder.find(story, readings, grouping);
        // 7. Timeline.
        List<TimelineEntry> timeline = TimelineBuilder.build(story, calendar, paraphrases, config);
        // 8. Coverage, and the newest development when later articles brought one.
        Set<String> misdated = new HashSet<>();
        calendar.misdated().forEach(m -> misdated.add(m.article()));
        Coverage coverage = CoverageBuilder.build(articles, copies, misdated, grouping);
        int newest = NewestDevelopment.find(articles, misdated, grouping);
        // 9. Facts and summary.
        Citations citations = new Citations(story, paraphrases, grouping);
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
        int lead = newest < 0 ? -1 : leadFamily(story, newest, citable);
        List<CitedSentence> summary = SummarySelector.select(story, citable, citations, config.summaryWords(), lead)
                .stream().map(citations::cite).toList();
        return new Brief(summary, facts, entities.list(), quotes, figures(story, readings), conflicts, timeline,
                calendar.misdated(), coverage, newest < 0 ? null : articles.get(newest).title());
    }

    /** The first family, in article {@code a}'s own order, that a summary may cite; -1 if none. */
    private static int leadFamily(StoryText story, int a, List<Integer> citable) {
        Set<Integer> allowed = new HashSet<>(citable);
        for (int s = 0; s < story.sentenceCount(a); s++) {
            if (allowed.contains(story.familyOf(a, s))) {
                return story.familyOf(a, s);
            }
        }
        return -1;
    }

    private static List<Figure> figures(StoryText story, List<Reading> readings) {
        List<Figure> out = new ArrayList<>();
        for (Reading r : readings) {
            out.add(new Figure(r.subject(), r.value(), story.sentence(r.article(), r.sentence()), story.id(r.article()),
                    r.speaker() == null ? null : r.speaker().name(),
                    r.speaker() == null ? null : r.speaker().affiliation(), r.date() == null ? null : r.date().iso(),
                    r.label(), r.comparable() && !r.vague() ? r.key() : null, r.low(), r.high(), r.stock()));
        }
        return out;
    }
}
