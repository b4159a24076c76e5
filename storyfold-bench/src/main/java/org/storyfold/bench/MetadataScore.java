package org.storyfold.bench;

import java.util.List;
import java.util.Locale;

/**
 * Whether one predicted field is right, by metadata-dev's rules: a title when equal after
 * lower-casing and collapsing white space; a published date when its first ten characters are the
 * annotated day; authors when, lower-cased and joined by "; ", they contain the annotated author
 * or are contained in it. A field annotated as absent (null) is right only when none is predicted.
 */
final class MetadataScore {

    private MetadataScore() {
    }

    static boolean title(String gold, String predicted) {
        if (gold == null || empty(predicted)) {
            return gold == null && empty(predicted);
        }
        return normal(gold).equals(normal(predicted));
    }

    static boolean published(String gold, String predicted) {
        if (gold == null || empty(predicted)) {
            return gold == null && empty(predicted);
        }
        String day = predicted.strip();
        return day.length() >= 10 && day.substring(0, 10).equals(gold.strip());
    }

    static boolean authors(String gold, List<String> predicted) {
        String joined = normal(String.join("; ", predicted == null ? List.of() : predicted));
        if (gold == null || joined.isEmpty()) {
            return gold == null && joined.isEmpty();
        }
        String g = normal(gold);
        return joined.contains(g) || g.contains(joined);
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
