package org.storyfold.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads what a page states about its article: from meta tags, JSON-LD and microdata, and for the
 * title, date and byline, what the reader sees: the headline, the article's own {@code <time>} and
 * date line, its byline (never those of a teaser or a comment: only inside the main text's
 * container or the article around it, or just below the headline). Thread-safe.
 */
final class MetadataReader {

    /** How many elements after the headline a printed date outside the article may stand. */
    static final int DATE_NEAR_HEADLINE = 40;
    /** A printed date element is short: the date, a time, "Published", perhaps an author's name. */
    static final int MAX_PRINTED_DATE_CHARS = 90;

    private MetadataReader() {
    }

    /**
     * The page's metadata; {@code main} is the main text's container (or null), to find its
     * headline, time and byline, {@code printedDate} a date line printed above the main text (or
     * null), {@code url} the page's address (or null).
     */
    static PageMetadata read(Document doc, Element main, String printedDate, String url) {
        PageElements elements = PageElements.of(doc);
        MetaTags meta = MetaTags.of(elements.metas);
        JsonLd ld = JsonLd.read(elements.jsonLd);
        String canonical = first(canonical(elements), meta.get(MetaTags.URL));
        SiteName site = SiteName.of(ld, meta, url != null ? url : canonical);
        Element scope = articleScope(main);

        List<String> metaTitles = new ArrayList<>(meta.all(MetaTags.TITLE));
        metaTitles.add(ld.text("headline"));
        metaTitles.add(ld.text("name"));
        String title = TitleFinder.title(elements.documentTitle(), elements.headings, scope, site, metaTitles);
        Element headline = headlineElement(elements, title);

        // Published: JSON-LD, then the meta tags in their order of trust, then the article's microdata and <time>,
        // then the meta tags that name no kind of date.
        List<DateStamp> published = new ArrayList<>();
        addStamp(published, ld.text("datePublished"));
        for (String v : meta.all(MetaTags.PUBLISHED)) {
            addStamp(published, v);
        }
        addStamp(published, timeIn(elements, scope, true));
        for (String v : meta.all(MetaTags.UNSPECIFIED_DATE)) {
            addStamp(published, v);
        }
        addStamp(published, ld.text("dateCreated"));
        List<DateStamp> modified = new ArrayList<>();
        addStamp(modified, ld.text("dateModified"));
        for (String v : meta.all(MetaTags.MODIFIED)) {
            addStamp(modified, v);
        }
        addStamp(modified, timeIn(elements, scope, false));
        // A stamp in UTC is read in the page's own zone when another stamp states it: the day the outlet printed.
        ZoneOffset zone = pageZone(published, modified);
        if (zone != null) {
            published.replaceAll(s -> s.inUtc() ? s.at(zone) : s);
            modified.replaceAll(s -> s.inUtc() ? s.at(zone) : s);
        }
        String language = language(doc, meta, ld);
        List<String> printed = new ArrayList<>();
        for (String p : new String[] {printedDate, printedTime(elements, scope), printedNearHeadline(elements, scope, headline),
                LabelledDate.in(doc.body())}) {
            if (p != null) {
                printed.add(p);
            }
        }
        return new PageMetadata(title, published, modified.isEmpty() ? null : modified.get(0),
                !modified.isEmpty() && printsAnUpdate(elements),
                AuthorFinder.authors(ld, meta, elements, scope, headline, site), site.stated(), language,
                region(doc, meta, ld, language), canonical,
                articleBody(ld), printed, java.util.stream.Stream.of(dateLineBelow(headline, main), dateLineAbove(headline))
                        .filter(java.util.Objects::nonNull).toList());
    }

    private static void addStamp(List<DateStamp> stamps, String value) {
        DateFinder.stamp(value).ifPresent(stamps::add);
    }

    /** The first non-zero UTC offset the page's stamps state, or null. */
    private static ZoneOffset pageZone(List<DateStamp> published, List<DateStamp> modified) {
        for (List<DateStamp> stamps : List.of(published, modified)) {
            for (DateStamp s : stamps) {
                if (s.time() != null && !s.inUtc()) {
                    return s.time().getOffset();
                }
            }
        }
        return null;
    }

    /** The heading whose text is the title, or null. */
    private static Element headlineElement(PageElements elements, String title) {
        if (title == null) {
            return null;
        }
        String key = BlockCleaner.key(title);
        for (Element h : elements.headings) {
            String hk = BlockCleaner.key(h.text());
            if (!hk.isEmpty() && (hk.equals(key) || hk.contains(key))) {
                return h;
            }
        }
        return null;
    }

    /**
     * The text of the first short element classed as a date ({@code class="date"},
     * {@code "published"}, {@code "datum"}, ...) holding a full date, inside the article or just
     * below the headline; not in a comment, a teaser or the page's chrome.
     */
    private static String printedNearHeadline(PageElements elements, Element scope, Element headline) {
        int headlineAt = headline == null ? -1 : elements.position(headline);
        return firstPrintedDate(elements.dated, scope, e -> scope != null && MainTextSelector.within(e, scope)
                || headlineAt >= 0 && elements.position(e) > headlineAt
                && elements.position(e) - headlineAt <= DATE_NEAR_HEADLINE);
    }

    /**
     * The first short text after the headline that holds a full date ("August 06, 2019" below the standfirst,
     * "· November 22, 2011 ·" between a byline's separators, "2.9.2020 klo 12.45"), among the next few texts,
     * however the page classes it, before the main text's paragraphs (a standfirst may come first; {@code main}
     * is the main text's container, or null); not an update's date, nor one in a teaser, a comment or the navigation; null if none.
     */
    static String dateLineBelow(Element headline, Element main) {
        if (headline == null) {
            return null;
        }
        int texts = 0;
        int paragraphs = 0;
        for (Node n = following(headline); n != null && texts < TEXTS_BELOW_HEADLINE; ) {
            if (n instanceof Element e && HtmlHints.DROP_TAGS.contains(e.normalName())) {
                n = following(n);
                continue;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                texts++;
                String line = DATE_LINE_EDGES.matcher(t.text()).replaceAll("");
                Element owner = t.parentNode() instanceof Element e ? e : null;
                if (owner != null && main != null && line.length() > MAX_PRINTED_DATE_CHARS && MainTextSelector.within(owner, main)
                        && ++paragraphs > 1) {
                    // a standfirst may come before the date; after a second paragraph the article's text has begun
                    return null;
                }
                if (owner != null && line.length() <= HtmlPageReader.DATE_LINE_MAX_CHARS && DateFinder.fullDate(line).isPresent()
                        && !DateFinder.isUpdateLine(line)) {
                    return inTeaserOrComment(owner, null) || AuthorFinder.inComments(owner)
                            || HtmlPageReader.inPageBanner(owner) ? null : line;
                }
            }
            n = n.childNodeSize() > 0 ? n.childNode(0) : following(n);
        }
        return null;
    }

    /** How many texts after the headline a date line on its own may stand: a byline, a standfirst, a section's name. */
    static final int TEXTS_BELOW_HEADLINE = 8;
    /** Separators around a date printed between other facts: bullets, dots, bars, dashes. */
    private static final java.util.regex.Pattern DATE_LINE_EDGES = java.util.regex.Pattern.compile(
            "^[\\s\\u00a0⋅·•|/–—-]+|[\\s\\u00a0⋅·•|/–—-]+$");

    /**
     * The nearest short text among the few just above the headline that holds a full date, as a kicker's line
     * prints it ("04. November 2021 | PAID CONTENT"), however the page classes it; not an update's date, nor one
     * in a teaser, a comment, the navigation or the site's banner; null if none.
     */
    static String dateLineAbove(Element headline) {
        if (headline == null) {
            return null;
        }
        int texts = 0;
        for (Node n = preceding(headline); n != null && texts < TEXTS_ABOVE_HEADLINE; n = preceding(n)) {
            if (n instanceof TextNode t && !t.isBlank() && t.parentNode() instanceof Element owner
                    && !HtmlHints.DROP_TAGS.contains(owner.normalName())) {
                texts++;
                String line = DATE_LINE_EDGES.matcher(t.text()).replaceAll("");
                if (line.length() <= HtmlPageReader.DATE_LINE_MAX_CHARS && DateFinder.fullDate(line).isPresent()
                        && !DateFinder.isUpdateLine(line)) {
                    return inTeaserOrComment(owner, null) || AuthorFinder.inComments(owner)
                            || HtmlPageReader.inPageBanner(owner) ? null : line;
                }
            }
        }
        return null;
    }

    /** How many texts above the headline a kicker's date may stand: a section's name, a label. */
    static final int TEXTS_ABOVE_HEADLINE = 3;

    /** The node before {@code n} in document order (the last node its previous sibling holds, else its parent), or null. */
    private static Node preceding(Node n) {
        Node prev = n.previousSibling();
        if (prev == null) {
            return n.parentNode();
        }
        while (prev.childNodeSize() > 0) {
            prev = prev.childNode(prev.childNodeSize() - 1);
        }
        return prev;
    }

    /** The node after {@code n} and all it holds, in document order, or null at the document's end. */
    private static Node following(Node n) {
        Node at = n;
        while (at != null && at.nextSibling() == null) {
            at = at.parentNode();
        }
        return at == null ? null : at.nextSibling();
    }

    /** The text of the article's first {@code <time>} when it prints a full date, or null. */
    private static String printedTime(PageElements elements, Element scope) {
        return firstPrintedDate(PageElements.within(elements.times, scope), scope, e -> true);
    }

    /** The text of the first of {@code candidates} that is {@code near} and prints a full date, short, outside teasers. */
    private static String firstPrintedDate(List<Element> candidates, Element scope, Predicate<Element> near) {
        for (Element e : candidates) {
            if (!near.test(e)) {
                continue;
            }
            String text = e.text().strip();
            if (!text.isEmpty() && text.length() <= MAX_PRINTED_DATE_CHARS && DateFinder.fullDate(text).isPresent()
                    && !inTeaserOrComment(e, scope)) {
                return text;
            }
        }
        return null;
    }

    /**
     * Whether the page prints a date it marks as its last update's ({@code <time class="updated">},
     * {@code itemprop=dateModified}): then a reader sees that date as an update, not as the publication.
     */
    private static boolean printsAnUpdate(PageElements elements) {
        for (List<Element> candidates : List.of(elements.times, elements.dated, elements.itemprops)) {
            for (Element e : candidates) {
                String marks = (e.attr("class") + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
                if ((marks.contains("updated") || marks.contains("modified")) && e.text().length() <= MAX_PRINTED_DATE_CHARS
                        && DateFinder.fullDate(e.text()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an element stands in a comment, a teaser or a related-articles box below {@code scope}. */
    static boolean inTeaserOrComment(Element e, Element scope) {
        for (Element a = e.parent(); a != null && a != scope; a = a.parent()) {
            if (BlockSegmenter.hint(a) == BlockSegmenter.Hint.FURNITURE
                    && !a.attr("class").toLowerCase(Locale.ROOT).contains("meta")) {
                String cls = (a.attr("class") + " " + a.attr("id")).toLowerCase(Locale.ROOT);
                if (cls.contains("comment") || cls.contains("related") || cls.contains("teaser")
                        || cls.contains("recommend")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The article element around the main text, else the main text's grandparent, else the body. */
    static Element articleScope(Element main) {
        if (main == null) {
            return null;
        }
        for (Element e = main; e != null; e = e.parent()) {
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                return e;
            }
        }
        Element p = main.parent();
        return p != null && p.parent() != null && !p.normalName().equals("body") ? p.parent() : p != null ? p : main;
    }

    private static String timeIn(PageElements elements, Element scope, boolean published) {
        if (scope == null) {
            return null;
        }
        String prop = published ? "datePublished" : "dateModified";
        for (Element micro : PageElements.within(elements.itemprops, scope)) {
            if (micro.attr("itemprop").equals(prop)) {
                String v = first(micro.attr("content"), micro.attr("datetime"), micro.text());
                if (v != null) {
                    return v;
                }
            }
        }
        if (!published) {
            return null;
        }
        for (Element time : PageElements.within(elements.times, scope)) {
            if (BlockSegmenter.hint(time.parent() == null ? time : time.parent()) == BlockSegmenter.Hint.FURNITURE
                    && !time.parent().attr("class").toLowerCase(Locale.ROOT).contains("meta")) {
                continue;
            }
            String v = first(time.attr("datetime"), time.text());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String language(Document doc, MetaTags meta, JsonLd ld) {
        String lang = first(languageTags(doc, meta, ld));
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().split("[-_,; ]")[0].toLowerCase(Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter)
                ? primary : null;
    }

    /**
     * The region the first language tag of {@code language} that names one gives, upper case ("US" of
     * {@code en-US} or {@code en_US}), or null: the page's own variety of its language.
     */
    private static String region(Document doc, MetaTags meta, JsonLd ld, String language) {
        if (language == null) {
            return null;
        }
        for (String tag : languageTags(doc, meta, ld)) {
            String[] parts = tag == null ? new String[0] : tag.strip().split("[-_]");
            if (parts.length >= 2 && parts[0].equalsIgnoreCase(language) && parts[1].length() == 2
                    && parts[1].chars().allMatch(Character::isLetter)) {
                return parts[1].toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The language tags a page states, most trusted first: {@code <html lang>}, meta tags, JSON-LD, the locale. */
    private static String[] languageTags(Document doc, MetaTags meta, JsonLd ld) {
        Element html = doc.firstElementChild();
        return new String[] {html == null ? null : html.attr("lang"), meta.get(MetaTags.LANGUAGE),
                ld.text("inLanguage"), meta.get(MetaTags.LOCALE)};
    }

    private static String canonical(PageElements elements) {
        Element link = elements.canonicals.isEmpty() ? null : elements.canonicals.get(0);
        return link == null ? null : link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
    }

    private static String articleBody(JsonLd ld) {
        return ld.article() == null || ld.article().get("articleBody") == null
                || !ld.article().get("articleBody").isTextual() ? null : ld.article().get("articleBody").asText();
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
