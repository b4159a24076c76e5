package org.storyfold.synth;

import java.util.List;
import java.util.Set;

/**
 * The word lists behind finding names in news text by their capitals, and telling people, places
 * and organisations apart by the words around them. Data, not logic: each list is named by what
 * it is evidence of.
 */
final class EntityWords {

    private EntityWords() {
    }

    /** Capitalised at the start of a sentence, never a name. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "in", "on", "at", "of", "for", "to", "from",
            "by", "with", "as", "after", "before", "since", "until", "while", "when", "where", "why", "how", "what",
            "who", "which", "that", "this", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we",
            "i", "you", "his", "her", "their", "our", "my", "your", "meanwhile", "however", "also", "still", "then",
            "earlier", "later", "under", "over", "within", "without", "between", "among", "during", "despite",
            "although", "though", "because", "according", "about", "around", "some", "many", "most", "all", "no",
            "not", "one", "two", "three", "mr", "mrs", "ms", "dr", "yes", "now", "today", "yesterday", "tonight");

    /** Lower-case words that may stand inside a name between capitalised words. */
    static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "della", "da", "du", "la", "le", "al",
            "el", "bin", "ibn", "van", "von", "der", "den", "di", "y", "on");

    /** Words for days and months: capitalised, but dates rather than names. */
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** Titles that precede a person's name and are not part of it. */
    static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "secretary", "general",
            "brigadier", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt",
            "commander", "admiral", "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "judge",
            "justice", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "cardinal", "bishop",
            "rabbi", "imam", "father", "sister", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
            "lord", "lady", "chancellor", "ambassador", "chief", "deputy", "spokesman", "spokeswoman");

    /** Roles that introduce or describe a person: "spokesman John Smith", "Jane Doe, the head of". */
    static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "head", "director", "chief",
            "official", "leader", "commander", "minister", "president", "chairman", "chairwoman", "founder",
            "member", "ambassador", "envoy", "analyst", "expert", "researcher", "professor", "resident", "witness",
            "activist", "correspondent", "reporter", "editor", "lawyer", "attorney", "secretary", "adviser",
            "advisor", "coordinator", "negotiator", "mediator", "governor", "mayor", "deputy", "officer", "general",
            "colonel", "emir", "ceo", "executive", "manager", "aide", "monitor", "photographer", "journalist",
            "writer", "author", "doctor", "nurse", "teacher", "student", "actor", "actress", "singer", "player",
            "coach", "economist", "scientist", "historian", "judge", "prosecutor", "senator",
            "lawmaker", "candidate", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
            "chef", "artist", "producer", "owner", "partner", "colleague", "friend");

    /** A capitalised word of this kind makes a name an organisation's. */
    static final Set<String> ORGANISATION_KEYWORDS = Set.of("forces", "force", "council", "observatory", "units",
            "unit", "nations", "army", "party", "ministry", "agency", "front", "brigade", "brigades", "organization",
            "organisation", "committee", "union", "group", "coalition", "corps", "company", "corporation", "inc",
            "ltd", "bank", "university", "institute", "association", "federation", "court", "police", "office",
            "department", "commission", "movement", "network", "foundation", "fund", "alliance", "league", "board",
            "authority", "service", "services", "media", "press", "news", "times", "post", "guard", "militia",
            "congress", "parliament", "senate", "assembly", "government", "administration", "presse", "bureau",
            "center", "centre", "hospital", "school", "club", "team", "tribunal", "cabinet", "navy", "academy");

    /** A lower-case noun after a name that makes it an organisation's: "the Islamic State group". */
    static final Set<String> ORGANISATION_NOUNS = Set.of("group", "militia", "party", "organisation", "organization",
            "movement", "alliance", "agency", "network", "company", "faction", "fighters", "militants", "jihadists",
            "members", "statement", "militiamen", "rebels", "insurgents", "spokesperson");

    /** A capitalised word of this kind makes a name a place's. */
    static final Set<String> PLACE_KEYWORDS = Set.of("river", "valley", "province", "city", "mountains", "mountain",
            "sea", "lake", "island", "islands", "gulf", "bay", "desert", "county", "district", "region", "street",
            "square", "airport", "border", "strait", "peninsula", "coast", "ocean", "heights", "plain", "canal");

    /** A lower-case noun after a name that makes it a place's: "Kherson province". */
    static final Set<String> PLACE_NOUNS = Set.of("province", "city", "town", "village", "region", "border", "river",
            "valley", "district", "governorate", "county", "area", "capital", "countryside", "suburb", "suburbs",
            "neighbourhood", "neighborhood", "state", "country", "borders", "airport", "port", "camp", "front",
            "frontier", "desert", "coast", "outskirts");

    /** Prepositions that usually precede a place. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "into", "near", "outside", "across",
            "towards", "toward", "inside", "throughout", "west", "east", "north", "south");

    /**
     * Endings of nationality adjectives ("Syrian", "Kurdish", "Lebanese", "Iraqi", "American"): a word
     * with one of them that always stands before another word is an adjective, not a name.
     */
    static final List<String> DEMONYM_ENDINGS = List.of("ian", "ean", "ish", "ese", "i", "can");

    /** Lower-case hyphenated endings after which a capitalised prefix names who did it: "US-led", "Britain-based". */
    static final Set<String> MODIFIER_SUFFIXES = Set.of("led", "backed", "based", "born", "brokered", "funded",
            "run", "held", "controlled", "allied", "linked", "owned", "made", "sponsored", "supported", "trained",
            "style", "bound", "wide", "era");
}
