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
        for (List<String> alias : StyleLists.ALIASES) {
            if (containsWord(storyText, alias.get(0)) && random.nextDouble() < 0.5) {
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
            s = r.pattern().matcher(s).replaceAll(Matcher.quoteReplacement(r.replacement()));
        }
        return s;
    }

    /** The capitalised words that occur most often in a text (not at a sentence start), most frequent first. */
    static List<String> names(List<String> sentences, int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : sentences) {
            List<String> tokens = WordModel.tokens(s);
            for (int i = 1; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (t.length() >= 4 && Character.isUpperCase(t.charAt(0)) && !StyleLists.NOT_NAMES.contains(t)
                        && t.chars().skip(1).allMatch(Character::isLowerCase)) {
                    counts.merge(t, 1, Integer::sum);
                }
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
        return new Rule(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(from) + "(?![\\p{L}\\p{N}])"), to);
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }
}
