package org.storyfold.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.storyfold.ingest.FileKind;

/**
 * Turns what the user names into sources to follow: a feed or site URL as it is (what it is
 * becomes clear when it is fetched), an OPML file's feeds, a text file's URLs (one a line,
 * {@code #} comments), a local feed file, or a folder's feed and OPML files.
 */
public final class SourceArgs {

    /** A source to follow: its address, its kind ({@code auto}, {@code feed} or {@code sitemap}), what named it. */
    public record Named(String url, String kind, String namedAs) {
    }

    private SourceArgs() {
    }

    /**
     * The sources {@code arg} names.
     *
     * @throws IllegalArgumentException with a one-line reason if it names nothing usable
     */
    public static List<Named> expand(String arg) {
        String a = arg.strip();
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String clean = CanonicalUrl.of(a);
            if (clean == null) {
                throw new IllegalArgumentException(arg + ": not a usable URL");
            }
            return List.of(new Named(clean, lower.contains("sitemap") && lower.endsWith(".xml") ? "sitemap" : "auto", a));
        }
        Path path = Path.of(a);
        if (Files.isDirectory(path)) {
            List<Named> out = new ArrayList<>();
            try (Stream<Path> files = Files.walk(path)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    if (name.toLowerCase(Locale.ROOT).endsWith(".opml")) {
                        out.addAll(file(f, arg));
                    } else if (FileKind.of(name).filter(k -> k == FileKind.FEED).isPresent() || name.endsWith(".json")) {
                        out.add(new Named(f.toAbsolutePath().toUri().toString(), "feed", arg));
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(arg + ": cannot read the folder: " + e.getMessage(), e);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(arg + ": no feed or OPML files in this folder");
            }
            return out;
        }
        if (Files.isRegularFile(path)) {
            return file(path, arg);
        }
        throw new IllegalArgumentException(arg + ": not an http(s) URL, a file or a folder");
    }

    private static List<Named> file(Path f, String arg) {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(arg + ": cannot read: " + e.getMessage(), e);
        }
        String head = text.stripLeading();
        if (head.startsWith("<") && head.contains("<opml")) {
            return opml(text, arg);
        }
        if (head.startsWith("<") || head.startsWith("{")) {
            return List.of(new Named(f.toAbsolutePath().toUri().toString(), "feed", arg));
        }
        List<Named> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                if (!l.toLowerCase(Locale.ROOT).startsWith("http")) {
                    throw new IllegalArgumentException(arg + ": \"" + l + "\" is not an http(s) URL");
                }
                out.addAll(expand(l).stream().map(n -> new Named(n.url(), n.kind(), arg)).toList());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(arg + ": no URLs in this file");
        }
        return out;
    }

    /** The feeds of an OPML subscription list: every outline with an {@code xmlUrl}, nested or not. */
    static List<Named> opml(String text, String arg) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        List<Named> out = new ArrayList<>();
        for (Element outline : doc.getElementsByTag("outline")) {
            String url = CanonicalUrl.of(outline.attr("xmlUrl"));
            if (url != null) {
                out.add(new Named(url, "feed", arg));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(arg + ": an OPML file without feeds (no outline has an xmlUrl)");
        }
        return out;
    }
}
