package org.storyfold.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What markup says about its text, as data: the tags that never hold article text, the tags that
 * break text into blocks, and the class and id words that mark furniture containers (comment
 * threads, share bars, related-article teasers, newsletter boxes, cookie notices, captions,
 * bylines) or article bodies. Matching is by whole words of a class or id, split at {@code -},
 * {@code _} and case changes, so that "comments-list" is furniture and "commentary" is not.
 */
final class HtmlHints {

    /** Elements skipped with everything inside them. */
    static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "iframe", "button",
            "select", "option", "textarea", "input", "label", "figure", "figcaption", "picture", "video", "audio",
            "canvas", "object", "embed", "map", "dialog", "menu", "head", "title", "link", "meta", "img");

    /** Elements that start and end a block of text; every other element is inline. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
            "thead", "tr", "ul", "br", "caption", "hgroup", "legend", "listing", "dialog", "search");

    /** Elements whose hints are never acted on: they wrap the whole page or the whole article. */
    static final Set<String> NEVER_FURNITURE_TAGS = Set.of("html", "body", "article", "main");

    /** Class or id words of furniture containers. */
    static final Set<String> FURNITURE_WORDS = Set.of(
            // comment threads
            "comment", "comments", "disqus", "respond", "replies", "discussion",
            // share bars and social links
            "share", "shares", "sharing", "sharebar", "sociallinks", "socialshare", "addthis", "sharethis",
            // related-article teasers and recommendation widgets
            "related", "recommended", "recommendations", "recirculation", "recirc", "trending", "popular",
            "mostread", "mostpopular", "outbrain", "taboola", "teaser", "teasers", "readmore", "nextread", "upnext",
            // newsletter, subscription and paywall boxes
            "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "paywall", "registration",
            // cookie and consent notices, pop-ups
            "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "banner",
            // page chrome
            "sidebar", "breadcrumb", "breadcrumbs", "navbar", "navigation", "nav", "menu", "footer", "masthead",
            "toolbar", "skip", "pagination", "pager",
            // advertising
            "ad", "ads", "advert", "advertisement", "adslot", "adunit", "sponsor", "sponsored", "promo", "promotion",
            "dfp", "gpt",
            // captions, bylines, tags and article furniture
            "caption", "credit", "credits", "byline", "bylines", "author", "authors", "tags", "tag", "keywords",
            "meta", "widget",
            // standfirsts and kickers above the body
            "dek", "standfirst", "kicker", "eyebrow", "flashline");

    /**
     * Beginnings of class or id words of furniture containers ("commentlist", "relatedposts",
     * "sharetools"), for names written without separators.
     */
    static final List<String> FURNITURE_PREFIXES = List.of(
            "comment", "related", "share", "sharing", "newsletter", "sidebar", "breadcrumb", "cookie", "consent",
            "promo", "advert", "recommend", "subscri", "trending", "taboola", "outbrain", "disqus", "popular",
            "mostread", "mostpopular", "socialshare", "sociallinks", "readmore", "readnext", "morestories",
            "morenews", "moreart", "latestnews", "latestposts", "recentposts", "navbar", "signup");

    /** Words that begin like furniture but are not: "commentary" is an article genre. */
    static final Set<String> NOT_FURNITURE_WORDS = Set.of("commentary", "commentaries", "shared", "promotional");

    /**
     * Class or id names (letters and digits only, lower-cased) that mark an article body: such an
     * element is never furniture, and the container choice favours it.
     */
    static final List<String> BODY_MARKERS = List.of(
            "articlebody", "storybody", "entrycontent", "postcontent", "articlecontent", "bodytext", "articletext",
            "storytext", "postbody", "entrybody", "storycontent", "maincontent", "contentbody", "richtext",
            "articlecopy", "bodycopy", "paywallcontent");

    /** Inline styles that hide an element. */
    static final List<String> HIDDEN_STYLES = List.of("display:none", "visibility:hidden");

    private HtmlHints() {
    }

    /**
     * The first non-null answer of {@code read} over the text nodes of {@code root} in document
     * order, skipping what {@link #DROP_TAGS} hold; null if none.
     */
    static <T> T firstInText(org.jsoup.nodes.Element root, java.util.function.Function<org.jsoup.nodes.TextNode, T> read) {
        List<T> found = new java.util.ArrayList<>(1);
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Element e && DROP_TAGS.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    T answer = read.apply(t);
                    if (answer != null) {
                        found.add(answer);
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Whether one class or id word names a furniture container. */
    static boolean isFurnitureWord(String word) {
        if (FURNITURE_WORDS.contains(word)) {
            return true;
        }
        if (NOT_FURNITURE_WORDS.contains(word)) {
            return false;
        }
        for (String prefix : FURNITURE_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a class or id value, lower-cased, split at non-letters and lower-to-upper case changes. */
    static void words(String value, java.util.function.Consumer<String> sink) {
        int n = value.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean caseBreak = letter && start >= 0 && Character.isUpperCase(c) && i > 0
                    && Character.isLowerCase(value.charAt(i - 1));
            if ((!letter || caseBreak) && start >= 0) {
                sink.accept(value.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
    }
}
