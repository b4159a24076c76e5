package org.storyfold.bench.dedup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads and writes a synthetic corpus folder: {@code articles.jsonl} (fields {@code id, title,
 * published, outlet, credit, text}, which {@code storyfold dedup} also reads) in shuffled order,
 * so that copies do not sit beside their originals, and {@code gold.jsonl} beside it.
 */
public final class CorpusFiles {

    public static final String ARTICLES = "articles.jsonl";
    public static final String GOLD = "gold.jsonl";
    private static final JsonFactory JSON = new JsonFactory();
    private static final int BUCKETS = 64;

    private CorpusFiles() {
    }

    /** Writes articles to {@code folder} in random order, through temporary buckets; gold in the order given. */
    static final class Writer implements AutoCloseable {
        private final Path folder;
        private final Path bucketDir;
        private final List<BufferedWriter> buckets = new ArrayList<>();
        private final BufferedWriter gold;
        private final Random random;

        Writer(Path folder, long seed) throws IOException {
            this.folder = folder;
            Files.createDirectories(folder);
            this.bucketDir = Files.createTempDirectory(folder, ".buckets");
            for (int b = 0; b < BUCKETS; b++) {
                buckets.add(Files.newBufferedWriter(bucketDir.resolve(b + ".jsonl"), StandardCharsets.UTF_8));
            }
            this.gold = Files.newBufferedWriter(folder.resolve(GOLD), StandardCharsets.UTF_8);
            this.random = new Random(seed);
        }

        void write(CorpusArticle a, Gold g) {
            try {
                BufferedWriter out = buckets.get(random.nextInt(BUCKETS));
                out.write(articleLine(a));
                out.write('\n');
                gold.write(goldLine(g));
                gold.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            gold.close();
            for (BufferedWriter b : buckets) {
                b.close();
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(ARTICLES), StandardCharsets.UTF_8)) {
                for (int b = 0; b < BUCKETS; b++) {
                    Path bucket = bucketDir.resolve(b + ".jsonl");
                    List<String> lines = Files.readAllLines(bucket, StandardCharsets.UTF_8);
                    Collections.shuffle(lines, random);
                    for (String line : lines) {
                        out.write(line);
                        out.write('\n');
                    }
                    Files.delete(bucket);
                }
            }
            Files.delete(bucketDir);
        }
    }

    static String articleLine(CorpusArticle a) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField("published", a.published() == null ? null : a.published().toString());
            g.writeStringField("outlet", a.outlet());
            g.writeStringField("credit", a.credit());
            g.writeStringField("text", a.text());
            g.writeEndObject();
        }
        return s.toString();
    }

    private static String goldLine(Gold gold) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("id", gold.id());
            g.writeStringField("role", gold.role());
            g.writeStringField("family", gold.family());
            g.writeStringField("reuses", gold.reuses());
            g.writeStringField("negativeOf", gold.negativeOf());
            g.writeNumberField("shared", gold.shared());
            g.writeEndObject();
        }
        return s.toString();
    }

    /** Streams the articles of {@code folder}'s corpus, in file order, parsing the bytes as they come. */
    public static void readArticles(Path folder, Consumer<CorpusArticle> sink) throws IOException {
        Path file = folder.resolve(ARTICLES);
        if (!Files.exists(file) && Files.exists(folder.resolve(ARTICLES + ".gz"))) {
            file = folder.resolve(ARTICLES + ".gz");
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : new java.io.BufferedInputStream(raw, 1 << 16);
             JsonParser p = JSON.createParser(in)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                sink.accept(article(p));
            }
        }
    }

    static CorpusArticle parseArticle(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            p.nextToken();
            return article(p);
        }
    }

    /** The article whose object the parser has just entered. */
    private static CorpusArticle article(JsonParser p) throws IOException {
        String id = null;
        String title = null;
        String published = null;
        String outlet = null;
        String credit = null;
        String text = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            String value = t == JsonToken.VALUE_NULL ? null : p.getText();
            switch (name) {
                case "id" -> id = value;
                case "title" -> title = value;
                case "published" -> published = value;
                case "outlet" -> outlet = value;
                case "credit" -> credit = value;
                case "text" -> text = value == null ? "" : value;
                default -> p.skipChildren();
            }
        }
        return new CorpusArticle(id, title, published == null ? null : LocalDate.parse(published), outlet, credit, text);
    }

    /** The gold of {@code folder}'s corpus. */
    public static List<Gold> readGold(Path folder) throws IOException {
        List<Gold> gold = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(folder.resolve(GOLD), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                Map<String, String> f = new HashMap<>(8);
                try (JsonParser p = JSON.createParser(line)) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken t = p.nextToken();
                        f.put(name, t == JsonToken.VALUE_NULL ? null : p.getText());
                    }
                }
                gold.add(new Gold(f.get("id"), f.get("role"), f.get("family"), f.get("reuses"), f.get("negativeOf"),
                        Integer.parseInt(f.get("shared"))));
            }
        }
        return gold;
    }
}
