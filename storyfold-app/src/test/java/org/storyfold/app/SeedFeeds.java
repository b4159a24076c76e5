package org.storyfold.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;

/** The seed articles as feeds and pages, for the watch's tests. */
final class SeedFeeds {

    private SeedFeeds() {
    }

    static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }

    /** The seeds' texts, in file order. */
    static List<String> texts() throws IOException {
        try (Stream<Path> files = Files.list(seeds())) {
            return files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** A page of paragraphs. */
    static String page(String title, String text) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>").append(Entities.escape(title))
                .append("</title></head><body><article>");
        for (String p : text.split("\\n\\s*\\n")) {
            b.append("<p>").append(Entities.escape(p.strip())).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    /** An RSS 2.0 feed whose items carry the seeds in full. */
    static String fullFeed(String base) throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Seed Wire</title>"
                + "<link>" + base + "</link><description>The seeds</description>");
        List<String> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String title = text.lines().findFirst().orElse("Seed " + i);
            b.append("<item><title>").append(Entities.escape(title)).append("</title><link>").append(base)
                    .append("seed-").append(i).append(".html</link><content:encoded>")
                    .append(Entities.escape(page(title, text))).append("</content:encoded></item>");
        }
        return b.append("</channel></rss>").toString();
    }
}
