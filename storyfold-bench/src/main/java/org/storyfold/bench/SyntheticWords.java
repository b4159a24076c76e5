package org.storyfold.bench;

import java.util.List;

/**
 * The word lists synthetic news is written from: plain English for the frame of each sentence, and
 * syllables for the names that make each event its own (so that stories are told apart by their
 * names and topics, as real ones are).
 */
final class SyntheticWords {

    static final List<String> NOUNS = List.of("council", "budget", "plan", "road", "school", "hospital", "bridge",
            "election", "vote", "strike", "storm", "flood", "fire", "court", "trial", "report", "company", "factory",
            "market", "price", "tax", "law", "police", "army", "border", "deal", "talks", "union", "port", "airport",
            "train", "ferry", "mine", "farm", "harvest", "drought", "river", "dam", "power", "grid", "water", "station",
            "museum", "festival", "team", "match", "league", "minister", "mayor", "judge", "protest", "rally",
            "ceasefire", "aid", "fund", "bank", "loan", "debt", "contract", "tender", "inquiry", "audit", "scandal",
            "virus", "vaccine", "clinic", "ward", "doctor", "nurse", "teacher", "pupil", "exam", "campus", "housing",
            "rent", "tenant", "landlord", "pension", "wage", "worker", "pilot", "crew", "ship", "cargo", "fuel",
            "pipeline", "reactor", "satellite", "launch", "rocket", "forest", "wildfire", "quake", "landslide", "coast");

    static final List<String> VERBS = List.of("approved", "rejected", "delayed", "announced", "blocked", "opened",
            "closed", "cut", "raised", "signed", "cancelled", "backed", "criticised", "investigated", "suspended",
            "restored", "expanded", "reduced", "confirmed", "denied", "postponed", "launched", "halted", "resumed");

    static final List<String> ADJECTIVES = List.of("new", "local", "national", "regional", "long", "short", "early",
            "late", "major", "minor", "public", "private", "former", "senior", "emergency", "annual", "temporary",
            "final", "first", "second", "northern", "southern", "eastern", "western", "rural", "urban");

    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    static final List<String> OUTLETS = List.of("Northern Courier", "Daily Ledger", "Evening Post", "City Times",
            "Harbour Gazette", "Valley News", "Morning Star Tribune", "Coastal Herald", "Capital Wire",
            "Republic Review", "Western Mail Online", "Metro Observer");

    static final List<String> AGENCIES = List.of("AFP", "Reuters", "AP");

    /** Syllables of made-up names: people, places, organisations. */
    static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ra", "ven", "dor", "sel", "tu", "bri", "an",
            "os", "el", "mar", "zo", "qu", "fen", "ga", "ri", "po", "len", "sha", "tor", "vi", "nek", "ul", "das",
            "ho", "rim", "be", "cal", "ny", "ost");

    private SyntheticWords() {
    }
}
