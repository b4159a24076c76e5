package org.storyfold.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds an article's authors, most trusted source first: JSON-LD's {@code author} (people, not
 * organisations), the author meta tags, then the byline the reader sees ({@code rel=author},
 * {@code itemprop=author}, an element classed as a byline or author, inside the article or just
 * below its headline, never in the comments). A byline is read into names: without "By", "Von" or
 * "Par", job titles, dates or "Staff", and split at "and", "und", "&amp;" and commas between names.
 * Names that are the site's own, addresses, handles and CMS placeholders ("admin") are not
 * authors. Thread-safe.
 */
final class AuthorFinder {

    /** An author's name has at most this many words. */
    static final int MAX_NAME_WORDS = 6;
    /** A byline is short; a longer element is an author box or a teaser. */
    static final int MAX_BYLINE_CHARS = 120;
    /** How many elements after the headline a byline outside the article may stand. */
    static final int NEAR_HEADLINE = 40;

    /** Words that open a byline: "By", "Von", "Par", "Text:", "Written by" (short ones in lower case only: "De Smet" is a name). */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:(?i:(?:written|posted|published|reported|story|text|words|edited|compiled|recipe)\\s+by|"
                    + "(?:ein\\s+)?(?:beitrag|artikel|bericht|kommentar|text)\\s+von|eingestellt\\s+von|geschrieben\\s+von|"
                    + "escrito\\s+por|publicado\\s+por|verfasst\\s+von|by|von|par|por|door|autor(?:in|en|e)?|authors?|auteurs?|text|texto|"
                    + "verfasser(?:in)?)|de|di|od|af|av)\\s*[:：]?\\s+", Pattern.UNICODE_CASE);
    /** Where a byline's names end: a bar, a bullet, a spaced dash, a date or time, "Updated", a handle, a bracket. */
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:[|•·]|\\s[–—-]\\s|\\s+-$|,?\\s+\\d|,?\\s+(?i:updated|published|posted|aktualisiert|veröffentlicht|"
                    + "publicado|actualizado|publié)\\b|,?\\s+(?:am|le|el|on)\\s|\\s+@|\\s*\\(|\\s+(?i:mail|e-mail|twitter|follow)\\b).*$",
            Pattern.UNICODE_CASE);
    /** Between two names: "and", "und", "&", "et", "y", "e", "/" or a semicolon (commas are weighed apart). */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:;|/|&|\\s(?:and|und|et|y|e|i|en|og|och|AND|UND)\\s)\\s*");
    /** An address or domain in an author field: an organisation's, not a person's. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)www\\.|\\.(?:com|de|org|net|ch|at|fr|it|es|info|eu)\\b");
    /** A user name as a writer link may show it: "c1ph4", "jane_doe". */
    /** A handle made of a first and a last name: "christian.stadtfeld", "jane_doe", "jane-doe". */
    private static final Pattern NAME_PAIR_HANDLE = Pattern.compile("(\\p{L}{2,})[._-](\\p{L}{2,})");
    private static final Pattern HANDLE = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.]{2,29}");
    /** "by" inside a byline line, before the names. */
    private static final Pattern INNER_BY = Pattern.compile("\\s(?:by|By|von|Von|par|Par|por|Por)\\s+(?=\\p{Lu})");
    /** Words no name holds: a byline's verbs, organisations' legal forms and desks. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("posted", "published", "updated", "veröffentlicht",
            "aktualisiert", "publié", "publicado", "gmbh", "ag", "e.v", "ev", "inc", "ltd", "llc", "gbr", "kg", "verlag",
            "redaktion", "editorial", "verband", "ministerium", "institut", "gesellschaft", "association", "university",
            "universität", "foundation", "stiftung", "partei", "kirche", "zeitung", "magazin", "magazine", "news",
            "nachrichten", "online", "media", "medien", "press", "presse", "group", "gruppe", "team", "sekretariat",
            "abteilung", "department", "comments", "kommentare", "kiosques", "share", "teilen", "follow", "folgen",
            "more", "mehr", "home");
    /** A word that makes a byline part a job title or a team, not a name. */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "reporter", "correspondent", "editor", "writer",
            "contributor", "columnist", "producer", "journalist", "redakteur", "redakteurin", "korrespondent",
            "korrespondentin", "redaktion", "team", "desk", "newsroom", "bureau", "chief", "senior", "associate",
            "contributing", "special", "photographer", "photos", "photo", "video", "agency", "agencies", "wire",
            "services", "service", "press", "presse", "news", "media", "nachrichten", "online", "digital",
            "autor", "autorin", "author", "gastautor", "gastautorin", "guest", "freelance", "political", "business",
            "science", "health", "sports", "sport", "economics", "culture", "entertainment", "technology", "tech");
    /** Lower-case words inside names: "Ludwig van Beethoven", "Ana de la Cruz", "Ibn al-Haytham". */
    private static final Set<String> PARTICLES = Set.of("von", "vom", "zu", "van", "der", "den", "ten", "ter", "de",
            "da", "das", "do", "dos", "du", "des", "di", "del", "della", "dalla", "la", "le", "lo", "y", "e", "i",
            "bin", "ibn", "al", "el", "af", "av", "op", "het", "'t", "st.");
    /** Names content systems put where no author was entered, and openers styled apart from the names. */
    private static final Set<String> PLACEHOLDERS = Set.of("admin", "administrator", "superuser", "unknown",
            "anonymous", "webmaster", "guest", "user", "editor", "redaktion", "staff", "author", "autor", "team",
            "default", "root", "system", "newsroom", "editorial", "noreply", "anonym", "unbekannt", "gast", "name",
            // a byline's opener on its own ("<div class=author-by>By</div>")
            "by", "von", "par", "por", "door");
    /** Class or id words of byline and author elements. */
    static final Set<String> BYLINE_WORDS = Set.of("byline", "bylines", "author", "authors", "autor", "autoren",
            "autorin", "auteur", "auteurs", "autore", "autores", "writer", "writers", "verfasser", "creator",
            "contributor", "contributors", "journalist");
    /** Class or id words of comment threads, whose authors are readers. */
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "commentlist", "respond", "reply",
            "replies", "discussion", "disqus", "kommentar", "kommentare", "commentaires", "comentarios", "review",
            "reviews", "testimonial", "testimonials");

    /** How many elements up from a byline element a picture's credit line may hold it. */
    private static final int IMAGE_CREDIT_DEPTH = 3;
    /** Class or id words of a picture's caption, credit or licence line. */
    private static final Set<String> IMAGE_CREDIT_WORDS = Set.of("license", "licence", "credit", "credits",
            "copyright", "caption", "bildnachweis", "bildquelle", "fotonachweis");

    private AuthorFinder() {
    }

    /**
     * The authors, from {@code ld}, {@code meta} and the page's byline elements; {@code scope} is
     * the article around the main text (or null), {@code headline} the heading the title came from (or null).
     */
    static List<String> authors(JsonLd ld, MetaTags meta, PageElements elements, Element scope, Element headline,
                                SiteName site) {
        List<String> stated = new ArrayList<>();
        for (JsonLd.Name n : ld.names("author")) {
            if (!n.organization()) {
                // the site's owner typed a person too is one, though the site bears their name, as a personal blog does
                addNames(stated, n.name(), n.siteOwner() ? null : site, false);
            }
        }
        if (stated.isEmpty()) {
            for (String v : meta.all(MetaTags.AUTHOR)) {
                addNames(stated, v, site, false);
            }
        }
        if (!stated.isEmpty() && stated.stream().anyMatch(AuthorFinder::isFullName)) {
            // A "By"/"Von" line under the headline names the writer; markup naming someone else names
            // who posted the page.
            List<String> under = headline == null ? List.of() : BylineLines.below(headline, site);
            return !under.isEmpty() && under.stream().allMatch(AuthorFinder::isFullName)
                    && under.stream().noneMatch(stated::contains) ? under : stated;
        }
        // The byline the reader sees; it also gives a full name where the markup states only a handle.
        List<String> seen = new ArrayList<>(bylines(elements, scope, headline, site));
        if (seen.isEmpty() && headline != null) {
            seen.addAll(BylineLines.below(headline, site));
        }
        if (seen.isEmpty() && stated.isEmpty()) {
            seen.addAll(BylineLines.labelledIn(scope, site));
        }
        List<String> found = stated.isEmpty() || seen.stream().anyMatch(AuthorFinder::isFullName)
                ? seen.isEmpty() ? stated : seen : stated;
        if (found.isEmpty() || found.stream().anyMatch(AuthorFinder::isFullName)) {
            return found;
        }
        // Only a handle or initials ("DT"): the full name the page's licence credits, when the handle stands for it.
        for (Element licensee : elements.licensees) {
            String name = licensee.text().strip();
            if (isFullName(name) && isName(name, site) && found.stream().anyMatch(h -> standsFor(h, name))) {
                return List.of(name);
            }
        }
        // A handle made of a first and a last name ("jane.doe"): the full name the page prints for it.
        Element root = scope != null ? scope.ownerDocument() : headline != null ? headline.ownerDocument() : null;
        if (found.size() == 1 && root != null) {
            String name = printedFullName(found.get(0), root.text());
            if (name != null && isName(name, site)) {
                return List.of(name);
            }
        }
        return found;
    }

    /**
     * The full name a page prints for a handle made of a first and a last name ("christian.stadtfeld",
     * "jane_doe"): the first name, up to two middle names or initials, the last name, each capitalised
     * ("Christian P. Stadtfeld"); null when the handle is not such a pair or the page prints no such name.
     */
    static String printedFullName(String handle, String pageText) {
        Matcher pair = NAME_PAIR_HANDLE.matcher(handle);
        if (!pair.matches()) {
            return null;
        }
        Pattern printed = Pattern.compile("(?<![\\p{L}.])(?iu:" + Pattern.quote(pair.group(1)) + ")(?:\\s+\\p{Lu}[\\p{L}]*\\.?){0,2}"
                + "\\s+(?iu:" + Pattern.quote(pair.group(2)) + ")(?![\\p{L}])");
        Matcher m = printed.matcher(pageText);
        while (m.find()) {
            String name = m.group();
            if (java.util.Arrays.stream(name.split("\\s+")).allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                return name.replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    /** Whether a handle stands for a full name: its initials ("DT", "jd"), or its last name inside it ("jdoe"). */
    static boolean standsFor(String handle, String fullName) {
        String h = BlockCleaner.key(handle);
        String[] words = fullName.split(" ");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            initials.append(Character.toLowerCase(w.charAt(0)));
        }
        String last = BlockCleaner.key(words[words.length - 1]);
        return !h.isEmpty() && (h.equals(initials.toString()) || last.length() >= 3 && h.contains(last));
    }

    /** A name of two or more capitalised words ("Jane Doe", "Jean-Luc de la Tour"), not a handle or initials. */
    static boolean isFullName(String name) {
        String[] words = name.split(" ");
        int capitalised = 0;
        for (String w : words) {
            if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(1))) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    /** Names from the byline elements the reader sees: inside the article first, else just below the headline. */
    private static Set<String> bylines(PageElements elements, Element scope, Element headline, SiteName site) {
        Set<String> names = new LinkedHashSet<>();
        List<Element> inScope = new ArrayList<>();
        List<Element> nearHeadline = new ArrayList<>();
        int headlineAt = headline == null ? -1 : elements.position(headline);
        for (Element e : elements.bylines) {
            if (scope != null && MainTextSelector.within(e, scope)) {
                inScope.add(e);
            } else if (headlineAt >= 0 && elements.position(e) > headlineAt
                    && elements.position(e) - headlineAt <= NEAR_HEADLINE) {
                nearHeadline.add(e);
            }
        }
        for (List<Element> group : List.of(inScope, nearHeadline)) {
            for (Element e : group) {
                if (inComments(e) || inImageCredit(e) || inAside(e)) {
                    continue;
                }
                List<String> found = new ArrayList<>();
                Element writer = writerLink(e);
                SiteName others = writer != null ? site.withoutSubdomains() : site;
                addNames(found, bylineText(e), others, true);
                if (found.isEmpty() && writer != null && isHandle(writer.text().strip(), others)) {
                    // the link to the writer's page names them by a handle ("c1ph4")
                    found.add(writer.text().strip());
                }
                if (!found.isEmpty()) {
                    names.addAll(found);
                    return names;
                }
            }
        }
        return names;
    }

    /** The names of the first byline line among {@code removed} that names someone (the cleaning takes them out of the text). */
    static List<String> fromRemovedBylines(List<RemovedLine> removed) {
        List<String> names = new ArrayList<>();
        for (RemovedLine r : removed) {
            if (r.reason().equals(Furniture.BYLINE.reason())) {
                addNames(names, r.text(), null, true);
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return names;
    }

    /**
     * The link to the writer's page ({@code rel=author}, an {@code /author/} address) that a byline
     * element is or holds, or null: it names a person even where the host bears that name.
     */
    private static Element writerLink(Element e) {
        if (isWriterLink(e)) {
            return e;
        }
        for (Element a : e.getElementsByTag("a")) {
            if (isWriterLink(a)) {
                return a;
            }
        }
        return null;
    }

    private static boolean isWriterLink(Element a) {
        return a.normalName().equals("a") && (a.attr("rel").equalsIgnoreCase("author") || a.attr("href").contains("/author/"));
    }

    /** A user name: one word of letters, digits, dots or underscores, opening with a letter; not a placeholder or the site. */
    private static boolean isHandle(String s, SiteName site) {
        return HANDLE.matcher(s).matches() && !PLACEHOLDERS.contains(BlockCleaner.key(s)) && !site.names(s);
    }

    /** An element's byline: an {@code itemprop=name} inside it if any, else its text without tag links. */
    private static String bylineText(Element e) {
        for (Element child : e.getElementsByAttributeValue("itemprop", "name")) {
            if (child != e && !child.text().isBlank()) {
                return child.text();
            }
        }
        String text = e.text();
        List<Element> unread = new ArrayList<>(e.select("a[rel~=(?i)^(tag|category)$]"));
        // a meta line that lists the article's tags beside its author: the tags name no one; nor does a
        // screen reader's copy of the name ("Jane Doe<span class=screen-reader-text>Jane Doe</span>")
        e.getAllElements().stream().filter(d -> d != e && TitleFinder.hidden(d)).forEach(unread::add);
        if (!unread.isEmpty()) {
            Element copy = e.clone();
            Elements copies = copy.getAllElements();
            List<Element> all = e.getAllElements();
            for (Element u : unread) {
                copies.get(all.indexOf(u)).remove();
            }
            text = copy.text();
        }
        return text.length() > MAX_BYLINE_CHARS ? "" : text;
    }

    /** Whether an element stands in a comment thread or a list of reviews. */
    static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            boolean[] comment = {false};
            String cls = a.attr("class");
            String id = a.attr("id");
            if (!cls.isEmpty() || !id.isEmpty()) {
                HtmlHints.words(cls + " " + id, w -> comment[0] |= COMMENT_WORDS.contains(w));
            }
            if (comment[0] || a.normalName().equals("nav")
                    || a.normalName().equals("footer") && a.closest("article") == null) {
                // an article's own footer holds its byline and date; the page's footer holds none
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an element stands in an aside beside the text: {@code <aside>} (a teaser of another
     * article, with its author) or a box whose id names it a widget ({@code id=tricks_widget}), either
     * without a headline ({@code h1}) in it.
     */
    static boolean inAside(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            boolean[] aside = {a.normalName().equals("aside")};
            HtmlHints.words(a.attr("id"), w -> aside[0] |= w.equals("widget"));
            if (aside[0]) {
                return a.selectFirst("h1") == null;
            }
        }
        return false;
    }

    /**
     * Whether an element credits a picture: it stands in a figure or its caption, or in an element
     * without a heading classed as a credit, copyright or licence line ({@code <div class="license-info"><span
     * class="author-name">}), where an "author" is the photographer's.
     */
    static boolean inImageCredit(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth <= IMAGE_CREDIT_DEPTH; a = a.parent(), depth++) {
            if (a.normalName().equals("figure") || a.normalName().equals("figcaption")) {
                return true;
            }
            boolean[] credit = {false};
            String marks = a.attr("class") + " " + a.attr("id");
            if (!marks.isBlank()) {
                HtmlHints.words(marks, w -> credit[0] |= IMAGE_CREDIT_WORDS.contains(w));
            }
            if (credit[0]) {
                // a box classed "caption" that holds the headline is the article's header, not a picture's
                return a.selectFirst("h1, h2, h3") == null;
            }
        }
        return false;
    }

    /**
     * The names a byline or an author field states, added to {@code names} unless already there.
     * {@code visible}: the text is a byline the reader sees, so it may carry "By", a date or a role.
     */
    static void addNames(List<String> names, String byline, SiteName site, boolean visible) {
        if (byline == null) {
            return;
        }
        // soft hyphens ("Mat\u00adthi\u00adas") are hyphenation hints, not letters
        String text = byline.replace('\u00a0', ' ').replace("\u00ad", "").strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.startsWith("http") || text.length() > MAX_BYLINE_CHARS || WEB_ADDRESS.matcher(text).find()) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            Matcher opener = OPENER.matcher(text);
            if (opener.find()) {
                text = text.substring(opener.end());
            }
        }
        // "Posted on 12 May 2019 by Jane Doe", "Veröffentlicht am ... von Jane Doe": the names follow the last "by".
        Matcher inner = INNER_BY.matcher(text);
        int after = -1;
        while (inner.find()) {
            after = inner.end();
        }
        if (after > 0) {
            text = text.substring(after);
        }
        text = TAIL.matcher(text).replaceFirst("").strip();
        int colon = text.indexOf(": ");
        if (colon > 0) {
            // "Jane Doe: Übersetzung John Roe" names the author before the colon; "Text & Fotos: Jane Doe" after it
            String before = text.substring(0, colon).strip();
            String behind = text.substring(colon + 2).strip();
            text = isFullName(before) ? before : isFullName(behind) ? behind : text;
        }
        for (String part : BETWEEN.split(text)) {
            String[] commaParts = part.split("\\s*,\\s*");
            // "Doe, Jane" is one name; "Jane Doe, John Roe" and a visible "Jane Doe, Senior Reporter" are not.
            boolean split = visible || java.util.Arrays.stream(commaParts).allMatch(p -> p.strip().contains(" "));
            for (String piece : split ? commaParts : new String[] {part}) {
                String bare = piece.strip().replaceAll("^[\"'“„«]+|[\"'”“»:,.;]+$", "").strip();
                if (site != null && site.names(bare)) {
                    // "The Planetary Press" is the site even though "Press" reads as a role
                    continue;
                }
                String name = withoutRole(bare);
                if (name != null && isName(name, site) && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
    }

    /** A part without a trailing role ("Jane Doe Staff"); null when the part is only a role. */
    private static String withoutRole(String part) {
        String[] words = part.split(" ");
        int end = words.length;
        while (end > 0 && ROLE_WORDS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        for (int i = 0; i < end; i++) {
            if (ROLE_WORDS.contains(words[i].toLowerCase(Locale.ROOT)) && i > 0) {
                // "Jane Doe Senior Reporter": the name ends at the first role word
                end = i;
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    /**
     * Whether {@code s} mixes capitalised words with lower-case words that are not name particles
     * ("Von Barzahler-Rabatten profitieren", "Un documentaire de Jane Doe"): a phrase, not a name.
     * A name written all in lower case ("jane doe", a handle) is not a phrase.
     */
    static boolean isPhrase(String s) {
        boolean upper = false;
        boolean lower = false;
        for (String w : s.split(" ")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                upper = true;
            } else if (!PARTICLES.contains(w)) {
                lower = true;
            }
        }
        return upper && lower;
    }

    /** A person's name: a few words with a letter, no digits, handles or separators; not the site (when known), not a placeholder. */
    static boolean isName(String s, SiteName site) {
        if (s.isEmpty() || s.split(" ").length > MAX_NAME_WORDS || s.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '•' || c == '|' || c == '/' || c == '=' || c == '?'
                    || c == '#' || c == '<' || c == '>' || c == '{' || c == '}') {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        if (DateFinder.isMonthName(s)) {
            // "Autorin: Sylvia Doe, IFZ, Oktober 2008": the month of a date whose year went with the dates
            return false;
        }
        for (String word : s.toLowerCase(Locale.ROOT).split("[\\s_\\-]+")) {
            if (NOT_NAME_WORDS.contains(word.replaceAll("\\.$", "")) || word.endsWith("redaktion")) {
                return false;
            }
        }
        if (isPhrase(s)) {
            return false;
        }
        String key = BlockCleaner.key(s);
        return letter && !PLACEHOLDERS.contains(key) && !key.contains("www") && (site == null || !site.names(s));
    }
}
