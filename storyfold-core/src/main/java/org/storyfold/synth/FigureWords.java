package org.storyfold.synth;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind telling what a figure counts: verbs that mean one thing in news of
 * conflicts, disasters and politics ("fled", "escaped" and "left" all leave), which of those
 * describe a state that changes over time (how many remain) rather than an event (how many fled),
 * and nouns for one kind of thing ("fighters", "militants", "jihadists"). Data, not logic.
 */
final class FigureWords {

    private FigureWords() {
    }

    /** Irregular verb forms to their lemma. */
    static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("fled", "flee"), Map.entry("left", "leave"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("held", "hold"),
            Map.entry("fought", "fight"), Map.entry("died", "die"), Map.entry("hid", "hide"),
            Map.entry("hidden", "hide"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("been", "be"), Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("are", "be"),
            Map.entry("is", "be"), Map.entry("am", "be"), Map.entry("being", "be"), Map.entry("ran", "run"),
            Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("came", "come"), Map.entry("got", "get"),
            Map.entry("made", "make"), Map.entry("found", "find"), Map.entry("lost", "lose"),
            Map.entry("kept", "keep"), Map.entry("sent", "send"), Map.entry("brought", "bring"),
            Map.entry("caught", "catch"), Map.entry("struck", "strike"), Map.entry("shot", "shoot"),
            Map.entry("won", "win"), Map.entry("rose", "rise"), Map.entry("risen", "rise"),
            Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("grew", "grow"),
            Map.entry("drove", "drive"), Map.entry("driven", "drive"), Map.entry("slain", "slay"),
            Map.entry("stayed", "stay"), Map.entry("remained", "remain"), Map.entry("seized", "seize"),
            Map.entry("dead", "die"), Map.entry("injured", "injure"),
            Map.entry("freed", "free"), Map.entry("fed", "feed"), Map.entry("met", "meet"),
            Map.entry("sought", "seek"), Map.entry("spent", "spend"), Map.entry("paid", "pay"),
            Map.entry("built", "build"), Map.entry("sold", "sell"), Map.entry("bought", "buy"));

    /** Verbs to the class of what they report; verbs not listed are their own class. */
    static final Map<String, String> PREDICATE_CLASSES = Map.ofEntries(
            Map.entry("remain", "remain"), Map.entry("stay", "remain"), Map.entry("be", "remain"),
            Map.entry("trap", "remain"), Map.entry("hide", "remain"), Map.entry("besiege", "remain"),
            Map.entry("shelter", "remain"), Map.entry("hole", "remain"),
            Map.entry("leave", "leave"), Map.entry("flee", "leave"), Map.entry("escape", "leave"),
            Map.entry("evacuate", "leave"), Map.entry("exit", "leave"), Map.entry("depart", "leave"),
            Map.entry("withdraw", "leave"), Map.entry("quit", "leave"),
            Map.entry("surrender", "surrender"), Map.entry("defect", "surrender"),
            Map.entry("capitulate", "surrender"), Map.entry("hand", "surrender"),
            Map.entry("capture", "control"), Map.entry("take", "control"), Map.entry("seize", "control"),
            Map.entry("control", "control"), Map.entry("hold", "control"), Map.entry("retake", "control"),
            Map.entry("recapture", "control"), Map.entry("liberate", "control"), Map.entry("clear", "control"),
            Map.entry("overrun", "control"),
            Map.entry("kill", "kill"), Map.entry("die", "kill"), Map.entry("perish", "kill"),
            Map.entry("slay", "kill"), Map.entry("execute", "kill"), Map.entry("massacre", "kill"),
            Map.entry("murder", "kill"),
            Map.entry("wound", "wound"), Map.entry("injure", "wound"), Map.entry("hurt", "wound"),
            Map.entry("arrest", "arrest"), Map.entry("detain", "arrest"), Map.entry("jail", "arrest"),
            Map.entry("imprison", "arrest"), Map.entry("stab", "wound"), Map.entry("rescue", "rescue"),
            Map.entry("displace", "displace"), Map.entry("miss", "missing"), Map.entry("infect", "infect"),
            Map.entry("evacuated", "leave"), Map.entry("deploy", "deploy"), Map.entry("attend", "attend"),
            Map.entry("protest", "protest"), Map.entry("march", "protest"), Map.entry("rally", "protest"),
            Map.entry("strike", "strike"), Map.entry("sicken", "infect"), Map.entry("hospitalize", "wound"),
            Map.entry("hospitalise", "wound"), Map.entry("lay", "dismiss"), Map.entry("fire", "dismiss"),
            Map.entry("dismiss", "dismiss"), Map.entry("cut", "dismiss"));

    /**
     * The verb classes whose counts are compared for conflicts: what news reports as tolls and
     * tallies. A figure with any other verb ("has", "includes", "sent") is listed but never set against
     * another, as such verbs say too little of what is counted.
     */
    static final Set<String> COMPARABLE = Set.copyOf(PREDICATE_CLASSES.values());

    /** Classes that describe a state at a time, which sources may report differently from day to day. */
    static final Set<String> STOCKS = Set.of("remain", "control");

    /** Nouns for one kind of thing, each list a class. */
    static final List<Set<String>> NOUN_CLASSES = List.of(
            Set.of("fighter", "militant", "jihadist", "terrorist", "insurgent", "rebel", "gunman", "gunmen",
                    "extremist", "militiaman", "militiamen", "combatant", "guerrilla"),
            Set.of("soldier", "troop", "serviceman", "servicemen", "personnel"),
            Set.of("civilian", "people", "person", "resident", "inhabitant", "villager", "citizen"),
            Set.of("child", "children", "kid", "minor"),
            Set.of("dollar", "usd", "$"), Set.of("euro", "eur", "€"), Set.of("pound", "gbp", "£"));

    /** Words before a counted noun that count only some of its kind: 150 foreign fighters are not all fighters. */
    static final Set<String> QUALIFIERS = Set.of("foreign", "foreign-born", "local", "domestic", "international",
            "overseas", "wounded", "injured", "dead", "sick", "missing", "captured", "displaced", "senior", "female",
            "male", "young", "elderly", "minor", "adult", "remaining", "new", "former", "suspected", "armed",
            "unarmed", "civilian", "military", "child", "women", "men");

    /** Endings of words naming a nation or people ("Syrian", "Iraqi", "Kurdish", "Chinese"). */
    private static final java.util.regex.Pattern DEMONYM =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(ian|an|ese|ish|i|ch)");

    /**
     * Whether a word before a counted noun narrows what it counts: a qualifier, or a people's name
     * that does not open a longer name ("Syrian fighters", not "Syrian Democratic Forces fighters").
     */
    static boolean qualifies(String word, String next) {
        if (QUALIFIERS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return DEMONYM.matcher(word).matches() && (next == null || next.isEmpty() || !Character.isUpperCase(next.charAt(0)));
    }

    /** How a label names what a class of verbs did to what is counted ("remaining", "who surrendered"). */
    static final Map<String, String> LABEL_VERBS = Map.ofEntries(Map.entry("remain", "remaining"),
            Map.entry("leave", "who left"), Map.entry("surrender", "who surrendered"), Map.entry("control", "taken"),
            Map.entry("kill", "killed"), Map.entry("wound", "wounded"), Map.entry("arrest", "arrested"),
            Map.entry("rescue", "rescued"), Map.entry("displace", "displaced"), Map.entry("missing", "missing"),
            Map.entry("infect", "infected"), Map.entry("deploy", "deployed"), Map.entry("attend", "attending"),
            Map.entry("protest", "protesting"), Map.entry("strike", "on strike"), Map.entry("dismiss", "dismissed"));
}
