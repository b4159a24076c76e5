package org.storyfold.bench.dedup;

import java.util.List;
import java.util.Set;

/**
 * The house-style edits outlets make when they reprint a wire story, as data: spellings, names
 * printed differently, wordings replaced, and words that look like names but are not.
 */
final class StyleLists {

    /** Spelling pairs: a wire prints the first, an outlet may print the second (or the reverse). */
    static final List<List<String>> SPELLINGS = List.of(
            List.of("neighbouring", "neighboring"), List.of("neighbour", "neighbor"), List.of("centre", "center"),
            List.of("defence", "defense"), List.of("organisation", "organization"), List.of("organised", "organized"),
            List.of("favour", "favor"), List.of("labour", "labor"), List.of("honour", "honor"), List.of("colour", "color"),
            List.of("programme", "program"), List.of("travelled", "traveled"), List.of("criticised", "criticized"),
            List.of("recognised", "recognized"), List.of("realised", "realized"), List.of("analyse", "analyze"),
            List.of("licence", "license"), List.of("towards", "toward"), List.of("whilst", "while"),
            List.of("under way", "underway"), List.of("per cent", "percent"), List.of("per cent", "%"),
            List.of("percent", "per cent"), List.of("apologised", "apologized"), List.of("authorised", "authorized"),
            List.of("emphasised", "emphasized"), List.of("behaviour", "behavior"), List.of("offence", "offense"),
            List.of("theatre", "theater"), List.of("jewellery", "jewelry"), List.of("cheque", "check"));

    /** Names outlets print their own way: as a wire prints it, then the variants outlets use. */
    static final List<List<String>> ALIASES = List.of(
            List.of("Islamic State", "Daesh", "ISIS", "ISIL"), List.of("IS", "Daesh", "ISIS"),
            List.of("US", "U.S.", "United States"), List.of("UN", "U.N.", "United Nations"),
            List.of("UK", "Britain", "U.K."), List.of("EU", "European Union"), List.of("Kiev", "Kyiv"),
            List.of("Mumbai", "Bombay"), List.of("Myanmar", "Burma"), List.of("Beijing", "China"),
            List.of("Moscow", "Russia"), List.of("Pyongyang", "North Korea"), List.of("Obama", "Barack Obama"),
            List.of("Trump", "Donald Trump"), List.of("Congress", "US Congress"), List.of("police", "officers"),
            List.of("jihadists", "militants", "terrorists"), List.of("jihadist", "militant", "terrorist"),
            List.of("said on", "said"), List.of("told AFP", "said"), List.of("told Reuters", "said"));

    /** Capitalised words that start sentences or name months and days, not people or places. */
    static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That",
            "His", "Her", "Their", "Its", "As", "For", "With", "After", "Before", "When", "While", "If", "Some",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Mr", "Mrs", "Ms", "Dr", "There", "What", "Who", "Why", "How", "One", "Two", "Three", "Still", "Also");

    /** News agencies credited by wire originals. */
    static final List<String> AGENCIES = List.of("AFP", "Reuters", "AP");

    private StyleLists() {
    }
}
