package org.storyfold.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's headline. The reader sees it as a heading ({@code h1}, on some pages an
 * {@code h2} or {@code h3} under a logo's {@code h1}); the metadata titles ({@code og:title},
 * JSON-LD's headline, the document title) say which heading it is, though they often add the
 * site's name or word it a little differently. So each heading is scored by how well a metadata
 * title confirms it, site names aside, and the best wins (a higher level, then one inside the
 * article, then an earlier one, on ties). Without any confirmed heading: the article's first
 * {@code h1}, else the metadata title, else the document title, each without the site's name
 * ("Raqa's fall nears | Example News"). Thread-safe.
 */
final class TitleFinder {

    /** A separator between a headline and a site name: spaced bars, dashes, colons, guillemets, dots. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—\\-:»«·•~/]{1,2}\\s+|\\s*\\|\\s*");
    /** Class or id of a heading that names it the headline ("entry-title", "post__title", "article-headline"). */
    private static final Pattern MARKED_HEADLINE = Pattern.compile(
            "(?i)(?<![\\w-])(?:(?:post|entry|article|story)(?:-|_|__)(?:title|headline)|headline)(?![\\w-])");
    /** A site-name segment is short. */
    private static final int MAX_SITE_WORDS = 5;
    /** How many headings to consider (teaser lists run to hundreds). */
    private static final int MAX_HEADINGS = 60;
    /** A metadata title shorter than this (in key characters) is not taken as a heading's prefix or suffix. */
    private static final int MIN_PART_KEY = 8;
    /** A title segment shorter than this (in key characters) is not matched on its own. */
    private static final int MIN_SEGMENT_KEY = 4;
    /** Share of a heading's words a metadata title must hold to confirm it loosely. */
    private static final double LOOSE_OVERLAP = 0.6;

    /** A kicker printed in a heading is a few words long. */
    private static final int MAX_KICKER_WORDS = 8;
    /** Class words of the kicker (overline) a heading may open with. */
    private static final Set<String> KICKER_WORDS = Set.of("kicker", "topline", "overline", "eyebrow", "dachzeile",
            "roofline", "rubric", "flag", "label", "supertitle", "pretitle", "overtitle", "spitzmarke",
            "category", "section", "antetitulo", "volanta", "surtitre", "occhiello");

    /** Class words of headings hidden from sight (screen-reader labels). */
    private static final Set<String> HIDDEN_WORDS = Set.of("sr", "only", "visually", "hidden", "screenreader",
            "offscreen", "invisible", "hide", "accessibility", "a11y");

    private TitleFinder() {
    }

    /**
     * The headline: {@code headings} are the page's {@code h1}–{@code h3} in document order,
     * {@code scope} the article around the main text (or null), {@code metaTitles} the titles the
     * metadata states, most trusted first.
     */
    static String title(String docTitle, List<Element> headings, Element scope, SiteName site, List<String> metaTitles) {
        List<String> titles = new ArrayList<>();
        for (String t : metaTitles) {
            if (t != null && !t.isBlank()) {
                titles.add(t.strip());
            }
        }
        if (docTitle != null && !docTitle.isBlank()) {
            titles.add(docTitle.strip());
        }
        // The segment a title adds to its headline is the site's name, whatever the site states,
        // when it reads like a name (a few words, not a question or an exclamation).
        SiteName sites = site;
        for (String t : titles) {
            String bare = withoutSiteName(t, site);
            String segment = siteSegment(t, bare);
            if (!segment.isEmpty() && segment.split("\\s+").length <= MAX_SITE_WORDS && !segment.endsWith("?")
                    && !segment.endsWith("!")) {
                sites = sites.with(segment);
            }
        }
        List<String> bare = new ArrayList<>();
        List<Stated> stated = new ArrayList<>();
        for (String t : titles) {
            String b = withoutSiteName(t, sites);
            bare.add(b);
            stated.add(new Stated(t, b));
        }

        String best = null;
        double bestScore = 0;
        int bestRank = Integer.MIN_VALUE;
        int considered = 0;
        for (Element h : headings) {
            if (considered++ >= MAX_HEADINGS) {
                break;
            }
            String text = h.text().strip();
            String key = BlockCleaner.key(text);
            if (key.length() < 2) {
                continue;
            }
            Match m = match(h, text, key, stated);
            if (m.score == 0 || sites.names(text) || hidden(h)) {
                continue;
            }
            // A heading in a breadcrumb, a teaser or a sidebar repeats some headline, not this page's.
            double score = m.score - (inFurniture(h, scope) ? 1 : 0);
            if (score <= 0) {
                continue;
            }
            int rank = 10 * (3 - (h.normalName().charAt(1) - '0'))
                    + (scope != null && MainTextSelector.within(h, scope) ? 1 : 0);
            if (score > bestScore || score == bestScore && rank > bestRank) {
                best = m.text;
                bestScore = score;
                bestRank = rank;
            }
        }
        if (best != null) {
            return best;
        }
        for (Element h : headings) {
            if (h.normalName().equals("h1") && scope != null && MainTextSelector.within(h, scope) && usable(h, sites)) {
                return withoutKicker(h, stated);
            }
        }
        // A heading the markup names as the headline (itemprop=headline, "entry-title"), outside teasers.
        for (Element h : headings) {
            if (markedHeadline(h) && usable(h, sites) && !inFurniture(h, scope)) {
                return withoutKicker(h, stated);
            }
        }
        // Else a text the markup names as the headline though it is no heading (<div class="itc-headline">),
        // in the article.
        if (scope != null) {
            for (Element e : scope.select("div, p, span")) {
                boolean[] named = {false};
                HtmlHints.words(e.attr("class"), w -> named[0] |= w.equals("headline"));
                if (named[0] && e.text().strip().split("\\s+").length >= 2 && !sites.names(e.text())
                        && !hidden(e) && !inFurniture(e, scope)) {
                    return e.text().strip();
                }
            }
        }
        if (!bare.isEmpty()) {
            return bare.get(0);
        }
        // No metadata title at all: the first heading of the article, else the page's first h1.
        for (Element h : headings) {
            if (scope != null && MainTextSelector.within(h, scope) && usable(h, sites)) {
                return withoutKicker(h, stated);
            }
        }
        for (Element h : headings) {
            if (h.normalName().equals("h1") && usable(h, sites)) {
                return withoutKicker(h, stated);
            }
        }
        return null;
    }

    /** Whether the markup names a heading as the page's headline: {@code itemprop=headline}, an entry's or article's title class. */
    private static boolean markedHeadline(Element h) {
        if (h.attr("itemprop").equalsIgnoreCase("headline")) {
            return true;
        }
        return MARKED_HEADLINE.matcher(h.attr("class")).find() || MARKED_HEADLINE.matcher(h.attr("id")).find();
    }

    /** Whether a heading may be the headline without confirmation: visible, not the site's name, not in the chrome. */
    private static boolean usable(Element h, SiteName sites) {
        return BlockCleaner.key(h.text()).length() >= 2 && !sites.names(h.text()) && !hidden(h) && !inPageChrome(h);
    }

    /**
     * A heading's headline without the kicker some pages print in it ("Interne Unterlagen im Netz
     * Daten von Rheinmetall gehackt") or the date and tags after it: a first or last child element,
     * a few words long, classed as a kicker or leaving exactly what a metadata title states.
     */
    private static String withoutKicker(Element h, List<Stated> titles) {
        String text = h.text().strip();
        for (Element part : new Element[] {h.firstElementChild(), h.lastElementChild()}) {
            if (part == null || part.text().isBlank()) {
                continue;
            }
            String partText = part.text().strip();
            boolean leading = part == h.firstElementChild() && text.startsWith(partText);
            boolean trailing = !leading && text.endsWith(partText);
            if (!leading && !trailing || partText.length() == text.length()
                    || partText.split("\\s+").length > MAX_KICKER_WORDS) {
                continue;
            }
            String rest = (leading ? text.substring(partText.length()) : text.substring(0, text.length() - partText.length()))
                    .replaceAll("^[\\s|–—\\-:»«·•~/]+|[\\s|–—\\-:»«·•~/]+$", "").strip();
            if (rest.split("\\s+").length < 2) {
                continue;
            }
            boolean[] kickerClass = {false};
            HtmlHints.words(part.attr("class") + " " + part.attr("id"), w -> kickerClass[0] |= KICKER_WORDS.contains(w));
            String restKey = BlockCleaner.key(rest);
            boolean stated = titles.stream().anyMatch(t -> t.key.equals(restKey) || t.segmentKeys.contains(restKey));
            if (leading && (kickerClass[0] || setApart(part)) || stated) {
                return rest;
            }
        }
        return text;
    }

    /**
     * Whether a heading's first child is printed apart from the headline after it, as a kicker is: in
     * {@code <small>} or a class that says so ("h1small", "sub-heading"), or on a line of its own
     * ({@code <small>Tunesien</small><br>Große Aufgaben ...}).
     */
    private static boolean setApart(Element part) {
        String marks = (part.attr("class") + " " + part.attr("id")).toLowerCase(Locale.ROOT);
        if (part.normalName().equals("small") || marks.contains("small") || marks.contains("sub-heading")
                || marks.contains("subheading")) {
            return true;
        }
        for (Node n = part.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element e) {
                return e.normalName().equals("br");
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a heading stands in a furniture container (breadcrumbs, teasers, sidebars) inside the page. */
    private static boolean inFurniture(Element h, Element scope) {
        for (Element e = h; e != null && e != scope && e.parent() != null; e = e.parent()) {
            if (BlockSegmenter.hint(e) == BlockSegmenter.Hint.FURNITURE) {
                boolean[] headline = {false};
                HtmlHints.words(e.attr("class"), w -> headline[0] |= w.equals("headline") || w.equals("title"));
                if (!headline[0]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How well the titles confirm a heading, and the headline text it gives. */
    private record Match(double score, String text) {
    }

    /** A metadata title with what matching needs of it, computed once per page. */
    private static final class Stated {
        final String key;
        final String bare;
        final String bareKey;
        final Set<String> segmentKeys;
        final List<List<String>> segmentWords;
        final boolean truncated;
        private Set<String> bareWords;

        Stated(String title, String bare) {
            this.key = BlockCleaner.key(title);
            this.bare = bare;
            this.bareKey = BlockCleaner.key(bare);
            this.segmentKeys = segmentKeys(title);
            this.segmentWords = new ArrayList<>();
            String[] parts = SEPARATOR.split(title);
            if (parts.length > 1) {
                for (String p : parts) {
                    segmentWords.add(SiteName.words(p));
                }
            }
            this.truncated = truncated(title);
        }

        Set<String> bareWords() {
            if (bareWords == null) {
                bareWords = words(bare);
            }
            return bareWords;
        }
    }

    private static Match match(Element h, String heading, String key, List<Stated> titles) {
        Set<String> words = null;
        double score = 0;
        for (Stated t : titles) {
            if (key.equals(t.key) || key.equals(t.bareKey)) {
                return new Match(3, withoutKicker(h, titles));
            }
            if (t.truncated && t.bareKey.length() >= MIN_PART_KEY && key.startsWith(t.bareKey)) {
                // A metadata title cut short ("… en...") names the heading it begins.
                return new Match(3, heading);
            }
            if (t.bareKey.length() >= MIN_PART_KEY && key.length() > t.bareKey.length()
                    && (key.startsWith(t.bareKey) || key.endsWith(t.bareKey))) {
                // A kicker or a date printed in the heading beside the headline the metadata states.
                score = Math.max(score, 2.5);
                continue;
            }
            if (key.length() >= MIN_SEGMENT_KEY && t.segmentKeys.contains(key)) {
                // One segment of "Site » Section » Headline": the longer of two such headings is the headline.
                words = words == null ? words(heading) : words;
                score = Math.max(score, 2.5 + Math.min(words.size(), 40) / 100.0);
                continue;
            }
            if (score < 2.5 && abridges(heading, t.segmentWords)) {
                // A segment shortened in the heading ("Parallels Desktop 15 for Mac" of "Parallels Desktop 15
                // Virtual Machine for Mac"): as good as the segment, by its length.
                words = words == null ? words(heading) : words;
                score = Math.max(score, 2.5 + Math.min(words.size(), 40) / 100.0);
                continue;
            }
            if (score >= 2) {
                continue;
            }
            words = words == null ? words(heading) : words;
            if (words.size() >= 2 && t.bareKey.contains(key)) {
                score = 2;
                continue;
            }
            if (score < 1 && !words.isEmpty() && !t.bareWords().isEmpty()) {
                int shared = 0;
                for (String w : words) {
                    shared += t.bareWords().contains(w) ? 1 : 0;
                }
                if (shared >= LOOSE_OVERLAP * Math.max(words.size(), t.bareWords().size())) {
                    score = 1;
                }
            }
        }
        return new Match(score, withoutKicker(h, titles));
    }

    /**
     * Whether a heading of three words or more is one title segment with some words left out: its
     * words appear in that segment in the same order and make most of it.
     */
    private static boolean abridges(String heading, List<List<String>> segments) {
        List<String> h = SiteName.words(heading);
        if (h.size() < 3) {
            return false;
        }
        for (List<String> segment : segments) {
            if (segment.size() <= h.size() || h.size() < LOOSE_OVERLAP * segment.size()) {
                continue;
            }
            int at = 0;
            for (String w : segment) {
                if (at < h.size() && w.equals(h.get(at))) {
                    at++;
                }
            }
            if (at == h.size()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title ends in an ellipsis, cut to fit a length. */
    private static boolean truncated(String title) {
        String t = title.strip();
        return t.endsWith("...") || t.endsWith("…");
    }

    /** The keys of a title's segments, when it has several. */
    private static Set<String> segmentKeys(String title) {
        Set<String> keys = new HashSet<>();
        String[] parts = SEPARATOR.split(title);
        if (parts.length > 1) {
            for (String p : parts) {
                keys.add(BlockCleaner.key(p));
            }
        }
        return keys;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    /** Whether a heading is a screen-reader label or hidden by its style. */
    static boolean hidden(Element h) {
        for (Element e = h; e != null && e.parent() != null; e = e.parent()) {
            String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                    || HtmlHints.HIDDEN_STYLES.stream().anyMatch(style::contains)) {
                return true;
            }
            if (e == h) {
                boolean[] hiddenClass = {false};
                HtmlHints.words(e.attr("class"), w -> hiddenClass[0] |= HIDDEN_WORDS.contains(w));
                if (hiddenClass[0] || e.attr("class").toLowerCase(Locale.ROOT).contains("screen-reader")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a heading stands in the page's navigation, sidebar or footer. */
    private static boolean inPageChrome(Element h) {
        for (Element e = h.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
        }
        return false;
    }

    /** The title without a leading or trailing site name segment. */
    static String withoutSiteName(String title, SiteName site) {
        String t = title.strip();
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        String headline = amongSections(t, parts, site);
        if (headline != null) {
            return headline;
        }
        if (site.names(last)) {
            return strip(t, last, false);
        }
        if (site.names(first)) {
            return strip(t, first, true);
        }
        if (Math.max(1, last.split("\\s+").length) <= MAX_SITE_WORDS && last.length() < t.length() / 2) {
            return strip(t, last, false);
        }
        return t;
    }

    /**
     * The headline of a title of four or more segments under one separator, the site's name at one
     * end ("EFC Example Club - Club signs new coach - Club Press - News"): the segment at least twice
     * as long, in words, as every other; null for any other title.
     */
    private static String amongSections(String title, String[] parts, SiteName site) {
        if (parts.length < 4 || !site.names(parts[0]) && !site.names(parts[parts.length - 1])) {
            return null;
        }
        Matcher separators = SEPARATOR.matcher(title);
        Set<String> kinds = new HashSet<>();
        while (separators.find()) {
            kinds.add(separators.group().strip());
        }
        if (kinds.size() != 1 || kinds.contains(":")) {
            return null;
        }
        String longest = null;
        int most = 0;
        int next = 0;
        for (int i = 0; i < parts.length; i++) {
            if ((i == 0 || i == parts.length - 1) && site.names(parts[i])) {
                continue;
            }
            int n = parts[i].strip().split("\\s+").length;
            if (n > most) {
                next = most;
                most = n;
                longest = parts[i].strip();
            } else {
                next = Math.max(next, n);
            }
        }
        return most >= 2 * Math.max(1, next) ? longest : null;
    }

    /** What {@code title} adds to {@code bare}: its site segment. */
    private static String siteSegment(String title, String bare) {
        int at = title.indexOf(bare);
        String rest = at < 0 ? "" : title.substring(0, at) + " " + title.substring(at + bare.length());
        return rest.replaceAll("[|–—\\-:»«·•~/]", " ").strip();
    }

    private static String strip(String title, String part, boolean leading) {
        String rest = leading ? title.substring(title.indexOf(part) + part.length())
                : title.substring(0, title.lastIndexOf(part));
        rest = rest.strip();
        // Drop the separator left at the cut.
        rest = leading ? rest.replaceFirst("^[|–—\\-:»«·•~/]{1,2}\\s*", "") : rest.replaceFirst("\\s*[|–—\\-:»«·•~/]{1,2}$", "");
        return rest.isBlank() ? title : rest.strip();
    }
}
