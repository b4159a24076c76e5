package org.storyfold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryClusterer;
import org.storyfold.cluster.TfIdfStoryClusterer;
import org.storyfold.dedup.Deduplicator;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.extract.Article;
import org.storyfold.extract.ArticleExtractor;
import org.storyfold.extract.Extractor;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.InputFile;
import org.storyfold.ingest.RawDocument;
import org.storyfold.synth.Brief;
import org.storyfold.synth.Briefer;
import org.storyfold.synth.ExtractiveBriefer;

/**
 * The pipeline, assembled in one place: ingest, extract, dedup, cluster, synth. Each step is also
 * callable alone, as the CLI's commands do. Thread-safe: stages hold only configuration.
 */
public final class Storyfold {

    private final FileIngester ingester;
    private final Extractor extractor;
    private final Deduplicator deduplicator;
    private final StoryClusterer clusterer;
    private final Briefer briefer;

    public Storyfold(StoryfoldConfig config) {
        this.ingester = new FileIngester(config.ingest());
        this.extractor = new ArticleExtractor();
        this.deduplicator = new SentenceFingerprintDeduplicator(config.dedup());
        this.clusterer = new TfIdfStoryClusterer(config.cluster());
        this.briefer = new ExtractiveBriefer(config.brief());
    }

    /** Runs every stage over the inputs; unusable inputs go to {@code problems}, and the run goes on. */
    public Digest digest(List<Path> inputs, Consumer<Problem> problems, Progress progress) {
        // 1. Ingest and 2. extract.
        List<Article> articles = articles(inputs, problems, progress);
        // 3. Dedup.
        List<DuplicateGroup> duplicates = duplicates(articles);
        // 4. Cluster.
        List<Story> stories = stories(articles, duplicates);
        // 5. Synth.
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, Brief> briefs = new LinkedHashMap<>();
        for (Story story : stories) {
            briefs.put(story.id(), brief(story, byId));
        }
        return new Digest(articles, duplicates, stories, briefs);
    }

    /**
     * Stages 1 and 2: reads and extracts every input file, files in parallel, articles in input
     * order. An article whose id is already taken gets a suffix ({@code ~2}), reported once.
     */
    public List<Article> articles(List<Path> inputs, Consumer<Problem> problems, Progress progress) {
        List<InputFile> files = ingester.list(inputs, problems);
        progress.start("extract", files.size());
        List<List<Outcome<Article>>> perFile = files.parallelStream().map(file -> {
            List<Outcome<Article>> outcomes = new ArrayList<>();
            ingester.read(file, raw -> outcomes.add(raw.flatMap(this::extract)));
            synchronized (progress) {
                progress.advance(1);
            }
            return outcomes;
        }).toList();
        progress.finish();

        List<Article> articles = new ArrayList<>();
        Map<String, String> sourceOfId = new HashMap<>();
        for (List<Outcome<Article>> outcomes : perFile) {
            for (Outcome<Article> outcome : outcomes) {
                if (outcome instanceof Outcome.Rejected<Article> r) {
                    problems.accept(r.problem());
                } else if (outcome instanceof Outcome.Ok<Article> ok) {
                    articles.add(uniqueId(ok.value(), sourceOfId, problems));
                }
            }
        }
        return articles;
    }

    /** Stage 2 alone: one raw document into an article. */
    public Outcome<Article> extract(RawDocument document) {
        return extractor.extract(document);
    }

    /** Stage 3: the duplicate groups among the articles. */
    public List<DuplicateGroup> duplicates(List<Article> articles) {
        return deduplicator.deduplicate(articles);
    }

    /** Stage 4: the stories, copies always together. */
    public List<Story> stories(List<Article> articles, List<DuplicateGroup> duplicates) {
        return clusterer.cluster(articles, duplicates);
    }

    /** Stage 5: one story's brief, the likely original's wording first. */
    public Brief brief(Story story, Map<String, Article> articlesById) {
        List<Article> members = story.articles().stream().map(articlesById::get)
                .sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).toList();
        return briefer.brief(members);
    }

    private static Article uniqueId(Article article, Map<String, String> sourceOfId, Consumer<Problem> problems) {
        String id = article.id();
        if (sourceOfId.putIfAbsent(id, article.source()) == null) {
            return article;
        }
        int n = 2;
        while (sourceOfId.containsKey(id + "~" + n)) {
            n++;
        }
        String unique = id + "~" + n;
        sourceOfId.put(unique, article.source());
        problems.accept(new Problem(article.source(), "id \"" + id + "\" is already used by "
                + sourceOfId.get(id) + "; this article is \"" + unique + "\""));
        return new Article(unique, article.source(), article.url(), article.title(), article.published(),
                article.outlet(), article.credit(), article.dateline(), article.text(), article.removed(),
                article.repairs(), article.sentences());
    }
}
