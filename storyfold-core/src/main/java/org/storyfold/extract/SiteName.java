package org.storyfold.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name of the site a page belongs to, as the page states it (JSON-LD publisher,
 * {@code og:site_name}, {@code application-name}, other publisher tags, the JSON-LD web site's
 * name), and the forms of that name and of the host that titles and bylines repeat ("… | Example
 * News", "By Example News"), to tell them from a headline or an author. Immutable.
 */
final class SiteName {

    /** A site's name is a few words long. */
    private static final int MAX_WORDS = 5;
    /** A site name stated as a sentence is not a name. */
    static final int MAX_NAME_CHARS = 80;

    private final String stated;
    private final Set<String> keys;
    /** The labels of the host before its domain ("jdoe" of jdoe.example.com), apart from {@link #keys}. */
    private final Set<String> subdomains;
    /** The words of the host's domain label ("bayrische-bembel.de": bayrische, bembel), or none. */
    private final List<String> hostWords;

    private SiteName(String stated, Set<String> keys, Set<String> subdomains, List<String> hostWords) {
        this.stated = stated;
        this.keys = keys;
        this.subdomains = subdomains;
        this.hostWords = hostWords;
    }

    /** What {@code ld} and {@code meta} state, and the host of {@code url} (either may be absent). */
    static SiteName of(JsonLd ld, MetaTags meta, String url) {
        String stated = null;
        for (String candidate : new String[] {ld.text("publisher"), meta.get(MetaTags.SITE_NAME),
                ld.text(ld.first(JsonLd.SITE_TYPES), "name")}) {
            String name = asName(candidate);
            if (name != null) {
                stated = name;
                break;
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, stated);
        for (String other : meta.all(MetaTags.SITE_NAME)) {
            addKey(keys, asName(other));
        }
        Set<String> subdomains = new LinkedHashSet<>();
        List<String> hostWords = List.of();
        String host = HtmlPageReader.host(url);
        if (host != null) {
            addKey(keys, host);
            String[] labels = host.split("\\.");
            // example.co.uk: "example"; news.example.com: "example" and "news.example"
            int domain = labels.length - (labels.length >= 3 && labels[labels.length - 2].length() <= 3 ? 3 : 2);
            for (int i = 0; i < labels.length - 1; i++) {
                if (labels[i].length() >= 3 && !List.of("com", "net", "org", "www", "blog", "news").contains(labels[i])) {
                    addKey(i < domain ? subdomains : keys, labels[i]);
                }
            }
            if (domain >= 0 && domain < labels.length) {
                hostWords = words(labels[domain]);
            }
        }
        return new SiteName(stated, keys, subdomains, hostWords);
    }

    /**
     * This site without its host's subdomains: for a byline that links to its writer's page, as a
     * personal blog's does, whose host is named after the writer ("jdoe.example.com" by "jdoe").
     */
    SiteName withoutSubdomains() {
        return new SiteName(stated, keys, Set.of(), hostWords);
    }

    /** The site name the page states, or null. */
    String stated() {
        return stated;
    }

    /** A site name stated as an address is its host; a blank or sentence-long one is none. */
    private static String asName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.startsWith("http://") || n.startsWith("https://")) {
            return HtmlPageReader.host(n);
        }
        return n.length() <= MAX_NAME_CHARS ? n : null;
    }

    private static void addKey(Set<String> keys, String name) {
        if (name != null) {
            String key = BlockCleaner.key(name);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
    }

    /** Also recognise {@code name} (a title's site segment) as this site's. */
    SiteName with(String name) {
        Set<String> more = new LinkedHashSet<>(keys);
        addKey(more, name);
        return new SiteName(stated, more, subdomains, hostWords);
    }

    /**
     * Whether {@code text} is this site's name: its key equals a known form, or one contains the
     * other with at most a few characters more ("Example" and "Example News", "example.com").
     */
    boolean names(String text) {
        if (text == null) {
            return false;
        }
        String k = BlockCleaner.key(text);
        if (k.isEmpty()) {
            return false;
        }
        return matches(k, keys) || matches(k, subdomains) || spellsHost(text);
    }

    /**
     * Whether {@code text} names the site by the words of its host, though not all of them or not
     * only them: every word of it is part of the host's name ("Feuerwehr Oldenburg" of
     * feuerwehrtaucher-oldenburg.de), its initials are the host's name ("Deutsches Rotes Kreuz" of
     * drk.de), or it holds every word of a host named in two words or more, with at most two more
     * words ("EFC Bayrische Bembel Regensburg" of bayrische-bembel.de).
     */
    private boolean spellsHost(String text) {
        if (hostWords.isEmpty()) {
            return false;
        }
        List<String> words = words(text);
        if (words.size() < 2 || words.size() > MAX_WORDS) {
            return false;
        }
        String label = String.join("", hostWords);
        if (words.stream().allMatch(w -> w.length() >= 3 && label.contains(w))) {
            return true;
        }
        if (words.size() >= 3 && label.length() == words.size()) {
            // an organisation's name whose initials the host is: "Deutsches Rotes Kreuz" of drk.de
            StringBuilder initials = new StringBuilder();
            words.forEach(w -> initials.append(w.charAt(0)));
            if (initials.toString().equals(label)) {
                return true;
            }
        }
        return hostWords.size() >= 2 && words.size() <= hostWords.size() + 2 && words.containsAll(hostWords);
    }

    /** The lower-case words (runs of letters and digits) of {@code text}, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean matches(String k, Set<String> keys) {
        for (String site : keys) {
            if (k.equals(site)) {
                return true;
            }
            if (k.length() >= 4 && site.length() >= 4 && (k.contains(site) || site.contains(k))
                    && Math.abs(k.length() - site.length()) <= 4) {
                return true;
            }
        }
        return false;
    }
}
