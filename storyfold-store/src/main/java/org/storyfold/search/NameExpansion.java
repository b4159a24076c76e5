package org.storyfold.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Widens a query's names to every name the briefs found for the same entity, so that "Raqa" finds
 * "Raqqa" and "IS" finds "Islamic State", "ISIS" and "Daesh": a run of up to {@value #LONGEST_NAME}
 * query words that is a known name becomes {@code ("Raqa" | "Raqqa")}. Words inside quotes, excluded
 * ({@code -word}) or prefixes ({@code word*}) are left as written, and an acronym is only widened when
 * written in capitals ("IS", not "is"). Stateless.
 */
public final class NameExpansion {

    static final int LONGEST_NAME = 4;
    private static final String SYNTAX = "\"|+-*()~\\";

    private NameExpansion() {
    }

    /**
     * The query with its known names widened.
     *
     * @param names every name of the entities a name (matched without regard to case) belongs to,
     *              itself included; empty for an unknown name
     */
    public static String expand(String query, Function<String, Set<String>> names) {
        List<String> pieces = pieces(query);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pieces.size()) {
            String piece = pieces.get(i);
            if (!plainWord(piece)) {
                out.append(piece);
                i++;
                continue;
            }
            int matched = 0;
            Set<String> alternatives = Set.of();
            // Longest run of plain words first: "Islamic State" before "Islamic".
            List<Integer> words = new ArrayList<>();
            for (int k = i; k < pieces.size() && words.size() < LONGEST_NAME; k++) {
                if (plainWord(pieces.get(k))) {
                    words.add(k);
                } else if (!pieces.get(k).isBlank()) {
                    break;
                }
            }
            for (int n = words.size(); n >= 1 && matched == 0; n--) {
                StringBuilder phrase = new StringBuilder();
                for (int w = 0; w < n; w++) {
                    phrase.append(w > 0 ? " " : "").append(pieces.get(words.get(w)));
                }
                Set<String> found = matching(phrase.toString(), names.apply(phrase.toString()));
                if (found.size() > 1) {
                    matched = words.get(n - 1) - i + 1;
                    alternatives = found;
                }
            }
            if (matched == 0) {
                out.append(piece);
                i++;
                continue;
            }
            out.append('(');
            boolean first = true;
            for (String name : alternatives) {
                out.append(first ? "" : " | ").append('"').append(name).append('"');
                first = false;
            }
            out.append(')');
            i += matched;
        }
        return out.toString();
    }

    /** The names a query phrase may stand for: an acronym only when the phrase writes it in capitals. */
    private static Set<String> matching(String phrase, Set<String> all) {
        boolean written = all.stream().anyMatch(n -> n.equals(phrase)
                || !acronym(n) && n.toLowerCase(Locale.ROOT).equals(phrase.toLowerCase(Locale.ROOT)));
        if (!written) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String n : all) {
            if (n.chars().noneMatch(c -> c == '"' || c == '\\')) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean acronym(String name) {
        return name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }

    /** The query cut into words, quoted phrases, operators and white space, in order; together they are the query. */
    private static List<String> pieces(String query) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            int j = i + 1;
            if (c == '"') {
                while (j < query.length() && query.charAt(j) != '"') {
                    j++;
                }
                j = Math.min(query.length(), j + 1);
            } else if (Character.isWhitespace(c)) {
                while (j < query.length() && Character.isWhitespace(query.charAt(j))) {
                    j++;
                }
            } else if (c == '-' && (i == 0 || Character.isWhitespace(query.charAt(i - 1)))) {
                // An excluded word stays as written, its minus and all.
                while (j < query.length() && !Character.isWhitespace(query.charAt(j))) {
                    j++;
                }
            } else if (SYNTAX.indexOf(c) < 0) {
                while (j < query.length() && !Character.isWhitespace(query.charAt(j))
                        && SYNTAX.indexOf(query.charAt(j)) < 0) {
                    j++;
                }
                if (j < query.length() && query.charAt(j) == '*') {
                    j++;
                }
            }
            out.add(query.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean plainWord(String piece) {
        if (piece.isEmpty() || piece.isBlank() || piece.endsWith("*")) {
            return false;
        }
        for (int k = 0; k < piece.length(); k++) {
            if (SYNTAX.indexOf(piece.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
