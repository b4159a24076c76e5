package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.MinHashDeduplicator;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;
import org.storyfold.synth.BriefConfig;
import org.storyfold.synth.CitedSentence;
import org.storyfold.synth.Citable;
import org.storyfold.synth.ExtractiveBriefer;
import org.storyfold.text.Sentence;
import org.storyfold.text.SentenceSplitter;
import org.storyfold.text.Words;

/**
 * Scores storyfold's summaries and the classic baselines' against the editors' summaries of
 * Multi-News clusters, all at one word budget (the editors' average length unless told otherwise).
 * Each cluster is a story as the gold gives it (this measures the brief, not the clustering); its
 * copies are found by the pipeline's dedup, and every system chooses from the same sentences.
 */
public final class SummaryEvaluation {

    /** One story to summarise: its articles in story order, its copies, and the editor's summary. */
    public record Case(String cluster, List<Article> articles, List<DuplicateGroup> copies, List<String> reference) {
    }

    /** A system's mean scores over the cases, and the seconds it took. */
    public record Result(String system, Rouge.Score rouge1, Rouge.Score rouge2, Rouge.Score rougeL, double seconds) {
    }

    public static final String STORYFOLD = "storyfold brief";

    private SummaryEvaluation() {
    }

    /** Reads the clusters of {@code dir} (docs.jsonl and summaries.jsonl) as cases. */
    public static List<Case> load(Path dir) throws IOException {
        MultiNews.Data data = MultiNews.load(dir);
        Map<String, List<Article>> byCluster = new LinkedHashMap<>();
        for (Article a : data.articles()) {
            byCluster.computeIfAbsent(data.gold().get(a.id()), k -> new ArrayList<>()).add(a);
        }
        SentenceSplitter splitter = new SentenceSplitter();
        MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
        ObjectMapper mapper = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve("summaries.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                List<Article> articles = byCluster.get(node.get("cluster").asText());
                if (articles == null) {
                    continue;
                }
                List<String> reference = splitter.split(node.get("summary").asText()).stream().map(Sentence::text).toList();
                List<Article> ordered = articles.stream().sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).toList();
                cases.add(new Case(node.get("cluster").asText(), ordered, dedup.deduplicate(ordered), reference));
            }
        }
        return cases;
    }

    /** The editors' mean summary length in words. */
    public static int referenceWords(List<Case> cases) {
        return (int) Math.round(cases.stream()
                .mapToInt(c -> c.reference().stream().mapToInt(Words::count).sum()).average().orElse(0));
    }

    /** storyfold's brief and every baseline, in that order, each at {@code words}. */
    public static List<Result> evaluateAll(List<Case> cases, int words) {
        List<Result> results = new ArrayList<>();
        results.add(evaluateStoryfold(cases, words));
        for (Baseline b : baselines(cases)) {
            results.add(evaluate(b.name(), cases, c -> SummaryPacking.pack(b.rank(candidates(c)), words)));
        }
        return results;
    }

    /** storyfold's brief alone. */
    public static Result evaluateStoryfold(List<Case> cases, int words) {
        ExtractiveBriefer briefer = new ExtractiveBriefer(BriefConfig.defaults().withSummaryWords(words));
        return evaluate(STORYFOLD, cases, c -> briefer.brief(c.articles(), c.copies()).summary().stream()
                .map(CitedSentence::text).toList());
    }

    static List<Baseline> baselines(List<Case> cases) {
        Map<String, Integer> df = new HashMap<>();
        int docs = 0;
        for (Case c : cases) {
            for (Article a : c.articles()) {
                docs++;
                new java.util.HashSet<>(org.storyfold.text.WordTokenizer.tokens(a.text())).forEach(t -> df.merge(t, 1, Integer::sum));
            }
        }
        Map<String, Double> idf = new HashMap<>();
        int n = docs;
        df.forEach((t, f) -> idf.put(t, Math.log((double) n / f)));
        return List.of(new LeadBaseline(), new LexRankBaseline(idf, Math.log(n)), new TextRankBaseline());
    }

    /** Every article's sentences that a brief may cite, the pool all systems choose from. */
    static List<List<String>> candidates(Case c) {
        BriefConfig config = BriefConfig.defaults();
        return c.articles().stream().map(a -> a.sentences().stream().map(Sentence::text)
                .filter(s -> Citable.test(s, config)).toList()).toList();
    }

    private static Result evaluate(String name, List<Case> cases, java.util.function.Function<Case, List<String>> system) {
        Rouge rouge = new Rouge();
        double[] sums = new double[9];
        long start = System.nanoTime();
        for (Case c : cases) {
            Rouge.Scores s = rouge.score(system.apply(c), c.reference());
            Rouge.Score[] parts = {s.rouge1(), s.rouge2(), s.rougeL()};
            for (int i = 0; i < 3; i++) {
                sums[3 * i] += parts[i].precision();
                sums[3 * i + 1] += parts[i].recall();
                sums[3 * i + 2] += parts[i].f1();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = Math.max(1, cases.size());
        return new Result(name, new Rouge.Score(sums[0] / n, sums[1] / n, sums[2] / n),
                new Rouge.Score(sums[3] / n, sums[4] / n, sums[5] / n),
                new Rouge.Score(sums[6] / n, sums[7] / n, sums[8] / n), seconds);
    }
}
