package org.storyfold.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyfold.extract.Article;

/**
 * The hand-checked titles and published dates of extraction-dev's pages
 * ({@code extraction-dev-metadata.tsv}, whose header says how each was judged), and how many of
 * them an extractor gets right.
 */
final class MetadataGold {

    /** One page's accepted titles and its published date (null when the page states none for sure). */
    record Entry(String idPrefix, LocalDate published, String how, List<String> titles) {
    }

    /** Right answers out of the pages that have one, overall and by how the date was judged. */
    record Accuracy(int titlesRight, int titled, int datesRight, int dated, Map<String, int[]> datesByHow) {
    }

    private final Map<String, Entry> byPrefix;

    private MetadataGold(Map<String, Entry> byPrefix) {
        this.byPrefix = byPrefix;
    }

    static MetadataGold load() {
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream in = MetadataGold.class.getResourceAsStream("/extraction-dev-metadata.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                LocalDate date = f[1].equals("-") ? null : LocalDate.parse(f[1]);
                entries.put(f[0], new Entry(f[0], date, f[2], List.of(f[3].split(" \\|\\| "))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MetadataGold(entries);
    }

    Entry of(String pageId) {
        return byPrefix.get(pageId.substring(0, 12));
    }

    /** How many titles and dates of {@code articles} (by page id; null for a rejected page) are right. */
    Accuracy score(Map<String, Article> articles) {
        int titlesRight = 0;
        int titled = 0;
        int datesRight = 0;
        int dated = 0;
        Map<String, int[]> byHow = new HashMap<>();
        for (Map.Entry<String, Article> e : articles.entrySet()) {
            Entry gold = of(e.getKey());
            Article a = e.getValue();
            titled++;
            if (a != null && a.title() != null && gold.titles().stream().anyMatch(t -> key(t).equals(key(a.title())))) {
                titlesRight++;
            }
            if (gold.published() != null) {
                dated++;
                boolean right = a != null && gold.published().equals(a.published());
                datesRight += right ? 1 : 0;
                int[] counts = byHow.computeIfAbsent(gold.how(), k -> new int[2]);
                counts[0] += right ? 1 : 0;
                counts[1]++;
            }
        }
        return new Accuracy(titlesRight, titled, datesRight, dated, byHow);
    }

    /** A title's identity: its letters and digits, lower-cased (quotes, dashes and spacing aside). */
    static String key(String title) {
        StringBuilder sb = new StringBuilder();
        title.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
