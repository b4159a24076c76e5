package org.storyfold.bench.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One outlet's house style for one story: a few spellings and names printed its own way ("IS"
 * as "Daesh", "per cent" as "%"), and some of the story's names respelled ("Raqa" as "Raqqa"),
 * applied the same way to every sentence it reprints. Immutable.
 */
final class OutletStyle {

    private record Rule(Pattern pattern, String replacement) {
    }

    /** The patterns of the names in {@link StyleLists#ALIASES} as a wire prints them, compiled once. */
    private static final List<Pattern> ALIAS_PATTERNS = StyleLists.ALIASES.stream().map(a -> word(a.get(0))).toList();

    private final List<Rule> rules;

    private OutletStyle(List<Rule> rules) {
        this.rules = rules;
    }

    /** No edits. */
    static final OutletStyle NONE = new OutletStyle(List.of());

    /** A style drawn for a reprint of {@code storyText}, whose most frequent names are {@code names}. */
    static OutletStyle draw(SplittableRandom random, String storyText, List<String> names) {
        List<Rule> rules = new ArrayList<>();
        for (List<String> pair : StyleLists.SPELLINGS) {
            if (storyText.contains(pair.get(0)) && random.nextDouble() < 0.6) {
                rules.add(rule(pair.get(0), pair.get(1)));
            }
        }
        for (int a = 0; a < StyleLists.ALIASES.size(); a++) {
            List<String> alias = StyleLists.ALIASES.get(a);
            if (storyText.contains(alias.get(0)) && ALIAS_PATTERNS.get(a).matcher(storyText).find() && random.nextDouble() < 0.5) {
                rules.add(rule(alias.get(0), alias.get(1 + random.nextInt(alias.size() - 1))));
            }
        }
        for (String name : names) {
            if (random.nextDouble() < 0.35) {
                rules.add(rule(name, respell(name, random)));
            }
        }
        return new OutletStyle(rules);
    }

    String apply(String sentence) {
        String s = sentence;
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(s);
            if (m.find()) {
                s = m.replaceAll(Matcher.quoteReplacement(r.replacement()));
            }
        }
        return s;
    }

    /** The capitalised words that occur most often in a text (not at a sentence start), most frequent first. */
    static List<String> names(List<String> sentences, int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : sentences) {
            int i = 0;
            int n = s.length();
            boolean first = true;
            while (i < n) {
                if (!Character.isLetter(s.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                boolean lowerRest = true;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '\'')) {
                    if (i > start && !Character.isLowerCase(s.charAt(i))) {
                        lowerRest = false;
                    }
                    i++;
                }
                if (!first && i - start >= 4 && Character.isUpperCase(s.charAt(start)) && lowerRest) {
                    String t = s.substring(start, i);
                    if (!StyleLists.NOT_NAMES.contains(t)) {
                        counts.merge(t, 1, Integer::sum);
                    }
                }
                first = false;
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(Map.Entry::getKey).toList();
    }

    /** A plausible other spelling: a consonant doubled or undoubled, or a vowel changed. */
    static String respell(String name, SplittableRandom random) {
        for (int i = name.length() - 2; i >= 1; i--) {
            char c = name.charAt(i);
            if (c == name.charAt(i + 1) && "aeiou".indexOf(c) < 0) {
                return name.substring(0, i) + name.substring(i + 1);
            }
        }
        List<Integer> consonants = new ArrayList<>();
        for (int i = 1; i < name.length() - 1; i++) {
            if ("aeiou".indexOf(name.charAt(i - 1)) >= 0 && "aeiouy".indexOf(name.charAt(i)) < 0) {
                consonants.add(i);
            }
        }
        if (!consonants.isEmpty() && random.nextBoolean()) {
            int i = consonants.get(random.nextInt(consonants.size()));
            return name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1);
        }
        int last = name.length() - 1;
        char end = name.charAt(last);
        return "aeiou".indexOf(end) >= 0 ? name + "h" : name + "e";
    }

    private static Rule rule(String from, String to) {
        return new Rule(word(from), to);
    }

    /** {@code text} as a whole word or words. */
    static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])");
    }
}
