package org.storyfold.synth;

import java.util.Set;

/** The word lists behind finding who said what: verbs of saying, pronouns, and the words around them. */
final class SpeechWords {

    private SpeechWords() {
    }

    /** Verbs that attribute words or a claim to a speaker, in the forms news prose uses. */
    static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "tell", "added", "adds",
            "stated", "states", "insisted", "insists", "warned", "warns", "denied", "denies", "announced", "announces",
            "confirmed", "confirms", "reported", "reports", "estimated", "estimates", "claimed", "claims", "wrote",
            "writes", "noted", "notes", "explained", "explains", "stressed", "stresses", "cautioned", "cautions",
            "declared", "declares", "urged", "urges", "acknowledged", "acknowledges", "admitted", "admits",
            "argued", "argues", "asserted", "asserts", "tweeted", "tweets", "posted", "recalled", "recalls",
            "predicted", "predicts", "vowed", "vows", "alleged", "alleges", "suggested", "suggests", "believes",
            "believed", "thinks", "thought", "counted", "counts", "repeated", "replied", "responded",
            "continued", "concluded", "revealed", "reveals", "disclosed", "indicated", "indicates", "deny",
            "rejected", "rejects", "disputed", "disputes", "refuted", "refutes");

    /** Verbs by which a speaker denies what follows: "denied that any deal would be cut". */
    static final Set<String> DENIALS = Set.of("denied", "denies", "deny");

    /** Verbs by which a speaker disputes what follows: "rejected claims that ...". */
    static final Set<String> DISPUTES = Set.of("rejected", "rejects", "disputed", "disputes", "refuted", "refutes");

    /** Words that, just before a verb of saying, say the speaker did not say it: "did not confirm". */
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "didn't", "did't", "don't", "doesn't", "won't",
            "wouldn't", "couldn't", "cannot", "can't", "neither", "nor", "refused", "declined");

    /** Verbs that attribute an estimate when their object is a number word: "sources put the number at". */
    static final Set<String> ESTIMATE_VERBS = Set.of("put", "puts", "placed", "places", "gave", "gives");

    /** Objects of {@link #ESTIMATE_VERBS} that make the clause an estimate. */
    static final Set<String> ESTIMATE_OBJECTS = Set.of("number", "figure", "toll", "estimate", "count", "total");

    /** Words that mark the next phrase as the source of what the sentence reports. */
    static final Set<String> ACCORDING = Set.of("according");

    /** Third-person pronouns that stand for a person named before. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    /** Determiners and similar words dropped from the front of a speaker described by a noun phrase. */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "one", "its", "his", "her", "their",
            "this", "that", "and", "but", "so", "meanwhile", "however", "also", "earlier", "later");

    /** Nouns for people who speak for someone else: "Coalition sources", "a city official". */
    static final Set<String> SPOKESPEOPLE = Set.of("source", "sources", "official", "officials", "spokesman",
            "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives", "statement",
            "spokesmen", "officer", "officers", "aide", "aides", "member", "members");

    /** Qualifiers that say nothing of whom a speaker speaks for: "a local official", "a senior source". */
    static final Set<String> GENERIC_QUALIFIERS = Set.of("local", "senior", "military", "top", "security",
            "high-ranking", "anonymous", "unnamed", "western", "diplomatic", "informed", "knowledgeable", "us",
            "led", "backed", "based");

    /** Nouns that describe a speaker: the heads of described speakers ("a monitor", "state media"). */
    static final Set<String> SPEAKER_NOUNS = Set.of("monitor", "media", "source", "sources", "official",
            "officials", "spokesman", "spokeswoman", "spokesperson", "coalition", "ministry", "government", "army",
            "military", "police", "witness", "witnesses", "residents", "resident", "activists", "activist",
            "statement", "agency", "group", "observatory", "council", "authorities", "officer", "officers", "aide",
            "aides", "analysts", "analyst", "experts", "expert", "doctors", "doctor", "medics", "commander",
            "leader", "president", "minister", "mediators", "negotiators", "diplomats", "diplomat", "forces",
            "militia", "rebels", "report", "survey", "study", "figures", "data", "network", "channel", "television",
            "newspaper", "daily", "organisation", "organization", "association", "union", "company", "firm",
            "investigators", "prosecutors", "agencies", "spokespeople", "representatives", "representative", "member",
            "members", "mayor", "governor", "judge", "prosecutor", "senator", "lawmaker", "ambassador", "chairman",
            "chairwoman", "director", "secretary", "premier", "chancellor", "envoy", "lawyer", "attorney");
}
