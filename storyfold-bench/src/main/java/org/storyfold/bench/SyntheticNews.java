package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.storyfold.extract.Article;
import org.storyfold.text.StopWords;

/**
 * A realistic stream of news articles at any scale, in time order, with the story of each article
 * known: the load for clustering benchmarks.
 *
 * <p>How it is built. The background vocabulary is the word distribution of real articles (the
 * Multi-News texts, counted once): every article is mostly words drawn by their real frequency,
 * function words included. Stories are laid out over {@code days} days: each has a start day, a
 * life of one to a few days, a size drawn from a power law (most stories have one to three
 * articles, a few have hundreds), a dozen topic words drawn from the vocabulary's middle band,
 * and two to five proper names from a pool of generated names (people, places, organisations)
 * whose popularity is Zipf-distributed, so that popular names (a head of state, a country) are
 * shared by many unrelated stories. One story in five is a sequel: it starts a few days after an
 * earlier story ends and shares some of its names and topic words (a storyline). An article of a
 * story has a headline and a body whose words are topic words about one time in five, names one
 * time in twenty-five, and background otherwise. A small share of articles is damaged as real
 * input is: no date, no headline, no words, or a date far in the future. Deterministic for a
 * seed. Not thread-safe.
 */
final class SyntheticNews {

    /** One generated article and the story it was written for. */
    record Item(Article article, int story) {
    }

    private static final int TOPIC_WORDS = 12;
    private static final int NAME_POOL = 200_000;
    private static final double TOPIC_SHARE = 0.2;
    private static final double NAME_SHARE = 0.04;
    private static final double SEQUEL_SHARE = 0.2;
    private static final int MAX_STORY = 400;
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ta", "ven", "sa", "ri", "bel", "do", "na", "gor",
        "li", "ma", "zan", "te", "ro", "vik", "el", "sho", "da", "nu", "par", "is", "qu", "fen", "ha", "jo", "ul",
        "bra", "cas", "mon", "tor", "wen", "yas", "zel", "ar", "bo", "ce", "di", "fa"};
    private static final String[] ORGANISATIONS = {"Council", "Agency", "Party", "Group", "Corporation", "Front",
        "Institute", "Union", "Ministry", "Bank"};

    private final String[] words;
    private final WeightedDraw backgroundWords;
    private final int topicFrom;
    private final int topicTo;
    private final String[] names;
    private final WeightedDraw popularNames;
    private final long seed;
    private final int articles;
    private final int days;
    private final int wordsPerArticle;
    private final LocalDate firstDay = LocalDate.of(2024, 1, 1);

    // The stories, as parallel arrays.
    private int[][] topics;
    private int[][] storyNames;
    private int[] storyOfArticleSlot;
    private int[] dayOfArticleSlot;

    private SyntheticNews(String[] words, double[] cumulative, long seed, int articles, int days, int wordsPerArticle) {
        this.words = words;
        this.backgroundWords = new WeightedDraw(cumulative);
        this.topicFrom = Math.min(words.length - 1, 300);
        this.topicTo = Math.min(words.length, 15_000);
        this.seed = seed;
        this.articles = articles;
        this.days = days;
        this.wordsPerArticle = wordsPerArticle;
        Random random = new Random(seed ^ 0x5eed);
        this.names = new String[NAME_POOL];
        double[] nameCumulative = new double[NAME_POOL];
        double total = 0;
        for (int i = 0; i < NAME_POOL; i++) {
            names[i] = name(random, i);
            total += 1.0 / (i + 20);
            nameCumulative[i] = total;
        }
        this.popularNames = new WeightedDraw(nameCumulative);
        layOut();
    }

    /** A generator whose background vocabulary is the word distribution of {@code docs.jsonl}'s texts. */
    static SyntheticNews fromCorpus(Path docsJsonl, long seed, int articles, int days, int wordsPerArticle)
            throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(docsJsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                for (String w : node.path("text").asText("").toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                    if (w.length() > 0 && Character.isLetter(w.charAt(0))) {
                        counts.computeIfAbsent(w, k -> new int[1])[0]++;
                    }
                }
            }
        }
        List<Map.Entry<String, int[]>> byFrequency = new ArrayList<>(counts.entrySet());
        byFrequency.removeIf(e -> e.getValue()[0] < 2);
        byFrequency.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        if (byFrequency.size() < 1000) {
            throw new IOException(docsJsonl + ": too few words (" + byFrequency.size() + ") for a background vocabulary");
        }
        String[] words = new String[byFrequency.size()];
        double[] cumulative = new double[words.length];
        double total = 0;
        for (int i = 0; i < words.length; i++) {
            words[i] = byFrequency.get(i).getKey();
            total += byFrequency.get(i).getValue()[0];
            cumulative[i] = total;
        }
        return new SyntheticNews(words, cumulative, seed, articles, days, wordsPerArticle);
    }

    int stories() {
        return topics.length;
    }

    /** Generates every article in time order, in batches of at most {@code batch} articles of one day. */
    void generate(int batch, Consumer<List<Item>> sink) {
        int slot = 0;
        for (int day = 0; day < days && slot < articles; day++) {
            List<Item> items = new ArrayList<>();
            while (slot < articles && dayOfArticleSlot[slot] == day) {
                items.add(new Item(article(slot), storyOfArticleSlot[slot]));
                slot++;
                if (items.size() == batch) {
                    sink.accept(items);
                    items = new ArrayList<>();
                }
            }
            if (!items.isEmpty()) {
                sink.accept(items);
            }
        }
    }

    /** Draws the stories, their sizes, days, topics and names, and sorts article slots by day. */
    private void layOut() {
        Random random = new Random(seed);
        List<int[]> topicList = new ArrayList<>();
        List<int[]> nameList = new ArrayList<>();
        List<Integer> startList = new ArrayList<>();
        List<Integer> lifeList = new ArrayList<>();
        List<Integer> sizeList = new ArrayList<>();
        int total = 0;
        while (total < articles) {
            int size = Math.min(articles - total, powerLaw(random));
            int life = 1 + (int) Math.min(6, -Math.log(1 - random.nextDouble()) * 1.5);
            int start;
            int[] topic = new int[TOPIC_WORDS];
            int[] storyNames = new int[2 + random.nextInt(4)];
            int parent = topicList.isEmpty() || random.nextDouble() >= SEQUEL_SHARE ? -1 : random.nextInt(topicList.size());
            if (parent >= 0 && startList.get(parent) + lifeList.get(parent) + 2 < days - 1) {
                start = Math.min(days - 1, startList.get(parent) + lifeList.get(parent) + 2 + random.nextInt(14));
                int[] pt = topicList.get(parent);
                int[] pn = nameList.get(parent);
                for (int i = 0; i < TOPIC_WORDS; i++) {
                    topic[i] = i < TOPIC_WORDS / 2 ? pt[i] : topicWord(random);
                }
                for (int i = 0; i < storyNames.length; i++) {
                    storyNames[i] = i < Math.min(2, pn.length) ? pn[i] : popularName(random);
                }
            } else {
                start = random.nextInt(days);
                for (int i = 0; i < TOPIC_WORDS; i++) {
                    topic[i] = topicWord(random);
                }
                for (int i = 0; i < storyNames.length; i++) {
                    // One popular name (shared across stories), the others mostly rare.
                    storyNames[i] = i == 0 ? popularName(random) : NAME_POOL / 10 + random.nextInt(NAME_POOL * 9 / 10);
                }
            }
            topicList.add(topic);
            nameList.add(storyNames);
            startList.add(start);
            lifeList.add(life);
            sizeList.add(size);
            total += size;
        }
        topics = topicList.toArray(new int[0][]);
        this.storyNames = nameList.toArray(new int[0][]);
        long[] slots = new long[articles];
        int n = 0;
        for (int s = 0; s < topics.length; s++) {
            for (int k = 0; k < sizeList.get(s); k++) {
                int day = Math.min(days - 1, startList.get(s) + random.nextInt(lifeList.get(s)));
                // Day, then a random tie-break, then the story: sorting puts the articles in time order.
                slots[n++] = ((long) day << 44) | ((long) random.nextInt(1 << 20) << 24) | s;
            }
        }
        Arrays.sort(slots);
        storyOfArticleSlot = new int[articles];
        dayOfArticleSlot = new int[articles];
        for (int i = 0; i < articles; i++) {
            storyOfArticleSlot[i] = (int) (slots[i] & ((1 << 24) - 1));
            dayOfArticleSlot[i] = (int) (slots[i] >>> 44);
        }
    }

    private Article article(int slot) {
        int story = storyOfArticleSlot[slot];
        Random random = new Random(seed * 31 + slot);
        String id = "a" + slot;
        LocalDate date = firstDay.plusDays(dayOfArticleSlot[slot]);
        double damage = random.nextDouble();
        if (damage < 0.01) {
            date = null;
        } else if (damage < 0.011) {
            date = LocalDate.of(2999, 1, 1);
        }
        String title = damage >= 0.011 && damage < 0.021 ? null : sentence(random, story, 6 + random.nextInt(5), false);
        StringBuilder text = new StringBuilder(wordsPerArticle * 7);
        if (damage < 0.021 || damage >= 0.023) {
            int target = wordsPerArticle / 2 + random.nextInt(wordsPerArticle + 1);
            int written = 0;
            while (written < target) {
                int length = 12 + random.nextInt(14);
                text.append(sentence(random, story, length, true));
                written += length;
                text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
            }
        }
        return new Article(id, "synthetic:" + slot, null, title, date, null, null, null, text.toString().strip(),
                List.of(), List.of(), List.of());
    }

    private String sentence(Random random, int story, int length, boolean period) {
        StringBuilder s = new StringBuilder(length * 8);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                s.append(' ');
            }
            double r = random.nextDouble();
            String w;
            if (r < NAME_SHARE) {
                int[] own = storyNames[story];
                w = names[r < NAME_SHARE * 0.8 ? own[random.nextInt(own.length)] : popularName(random)];
            } else if (r < NAME_SHARE + TOPIC_SHARE) {
                w = words[topics[story][random.nextInt(TOPIC_WORDS)]];
            } else {
                w = words[background(random)];
            }
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        if (period) {
            s.append('.');
        }
        return s.toString();
    }

    private int background(Random random) {
        return backgroundWords.draw(random);
    }

    private int topicWord(Random random) {
        while (true) {
            int i = topicFrom + random.nextInt(topicTo - topicFrom);
            if (!StopWords.isStopWord(words[i]) && words[i].length() > 3) {
                return i;
            }
        }
    }

    private int popularName(Random random) {
        return popularNames.draw(random);
    }

    /** A story size: P(k) proportional to k^-2.2, 1 to MAX_STORY. */
    private static int powerLaw(Random random) {
        double u = random.nextDouble();
        double k = Math.pow(1 - u * (1 - Math.pow(MAX_STORY, -1.2)), -1 / 1.2);
        return (int) Math.max(1, Math.min(MAX_STORY, Math.floor(k)));
    }

    private static String name(Random random, int i) {
        int kind = i % 3;
        String a = word(random);
        String b = word(random);
        return switch (kind) {
            case 0 -> a + " " + b;
            case 1 -> a;
            default -> a + " " + b + " " + ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
        };
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
