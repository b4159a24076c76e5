package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline: its own {@code h1} when the metadata title or the document title
 * confirms it (they often add a site name or differ in small words), else the metadata title, else
 * the document title, without the site's name ("Raqa's fall nears | Example News"). Thread-safe.
 */
final class TitleFinder {

    /** A separator between a headline and a site name: spaced bars, dashes, colons, guillemets, dots. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—\\-:»«·•~/]{1,2}\\s+");
    /** A site-name segment is short. */
    private static final int MAX_SITE_WORDS = 5;
    /** How many {@code h1} elements to consider (a page with more uses them for teasers). */
    private static final int MAX_H1 = 6;

    private TitleFinder() {
    }

    static String title(String docTitle, List<Element> pageH1s, Element scope, String outlet, String metaTitle) {
        List<Element> h1s = new ArrayList<>(PageElements.within(pageH1s, scope));
        for (Element h : pageH1s) {
            if (h1s.size() >= MAX_H1) {
                break;
            }
            if (!h1s.contains(h)) {
                h1s.add(h);
            }
        }
        String metaKey = BlockCleaner.key(metaTitle == null ? "" : metaTitle);
        String docKey = BlockCleaner.key(docTitle);
        for (Element h : h1s) {
            String text = h.text().strip();
            String key = BlockCleaner.key(text);
            if (key.length() < 4) {
                continue;
            }
            boolean confirmed = key.equals(metaKey) || key.equals(docKey)
                    || key.length() >= 12 && (metaKey.contains(key) || docKey.contains(key))
                    || metaKey.length() >= 12 && key.contains(metaKey);
            if (confirmed) {
                return text;
            }
        }
        String fromMeta = withoutSiteName(metaTitle, outlet);
        if (fromMeta != null) {
            return fromMeta;
        }
        String fromDoc = withoutSiteName(docTitle, outlet);
        if (fromDoc != null) {
            return fromDoc;
        }
        return h1s.isEmpty() ? null : MetadataReader.first(h1s.get(0).text());
    }

    /** The title without a leading or trailing site name segment. */
    static String withoutSiteName(String title, String outlet) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String outletKey = outlet == null ? "" : BlockCleaner.key(outlet);
        String firstKey = BlockCleaner.key(parts[0]);
        String lastKey = BlockCleaner.key(parts[parts.length - 1]);
        if (!outletKey.isEmpty() && (lastKey.equals(outletKey) || outletKey.contains(lastKey) && lastKey.length() >= 3
                || lastKey.contains(outletKey))) {
            return strip(t, parts[parts.length - 1], false);
        }
        if (!outletKey.isEmpty() && (firstKey.equals(outletKey) || firstKey.contains(outletKey))) {
            return strip(t, parts[0], true);
        }
        String last = parts[parts.length - 1];
        if (Math.max(1, last.split("\\s+").length) <= MAX_SITE_WORDS && last.length() < t.length() / 2) {
            return strip(t, last, false);
        }
        return t;
    }

    private static String strip(String title, String part, boolean leading) {
        String rest = leading ? title.substring(title.indexOf(part) + part.length())
                : title.substring(0, title.lastIndexOf(part));
        rest = rest.strip();
        // Drop the separator left at the cut.
        rest = leading ? rest.replaceFirst("^[|–—\\-:»«·•~/]{1,2}\\s*", "") : rest.replaceFirst("\\s*[|–—\\-:»«·•~/]{1,2}$", "");
        return rest.isBlank() ? title : rest.strip();
    }
}
