package org.storyfold.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** News agencies whose stories outlets reprint, with the names they are credited by. */
final class Agencies {

    /** An agency: its short name (what storyfold reports) and every name it is credited by. */
    record Agency(String name, List<String> aliases) {
    }

    static final List<Agency> ALL = List.of(
            new Agency("AFP", List.of("AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press")),
            new Agency("Reuters", List.of("Reuters", "Thomson Reuters")),
            new Agency("AP", List.of("AP", "Associated Press", "The Associated Press")),
            new Agency("dpa", List.of("dpa", "Deutsche Presse-Agentur")),
            new Agency("Xinhua", List.of("Xinhua", "Xinhua News Agency")),
            new Agency("ANI", List.of("ANI", "Asian News International")),
            new Agency("PTI", List.of("PTI", "Press Trust of India")),
            new Agency("IANS", List.of("IANS")),
            new Agency("UPI", List.of("UPI", "United Press International")),
            new Agency("EFE", List.of("EFE")),
            new Agency("ANSA", List.of("ANSA")),
            new Agency("Kyodo", List.of("Kyodo", "Kyodo News")),
            new Agency("Yonhap", List.of("Yonhap")),
            new Agency("TASS", List.of("TASS")),
            new Agency("Anadolu", List.of("Anadolu", "Anadolu Agency", "AA")),
            new Agency("Bernama", List.of("Bernama")),
            new Agency("AAP", List.of("AAP", "Australian Associated Press")),
            new Agency("CP", List.of("The Canadian Press", "Canadian Press")),
            new Agency("PA", List.of("PA", "PA Media", "Press Association")));

    private static final Map<String, String> BY_ALIAS = ALL.stream()
            .flatMap(a -> a.aliases().stream().map(alias -> Map.entry(alias.toLowerCase(Locale.ROOT), a.name())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** Every alias, longest first, as a regex alternation (for credit and dateline patterns). */
    static final String ALIAS_ALTERNATION = ALL.stream()
            .flatMap(a -> a.aliases().stream())
            .sorted((x, y) -> y.length() - x.length())
            .map(java.util.regex.Pattern::quote)
            .collect(Collectors.joining("|"));

    private Agencies() {
    }

    /** The agency an exact name refers to; short all-caps aliases must be written in capitals. */
    static Optional<String> byName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        String agency = BY_ALIAS.get(key);
        if (agency == null) {
            return Optional.empty();
        }
        boolean shortAlias = name.strip().length() <= 4;
        if (shortAlias && !name.strip().equals(name.strip().toUpperCase(Locale.ROOT)) && !agency.equals("dpa")) {
            return Optional.empty();
        }
        return Optional.of(agency);
    }
}
