package org.storyfold.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyfold.text.Words;

/**
 * Reads an HTML page into the blocks of its main text and its metadata, with jsoup, as a cascade:
 * 1. blocks of the page without furniture containers, and the container of the main text among
 * them ({@link MainTextSelector}); 2. rescue: when that gives little prose, the same without
 * skipping furniture containers (a page whose body wrapper is misnamed); 3. comparison with the
 * article text the page's JSON-LD states, which wins when it is much longer. Thread-safe.
 */
final class HtmlPageReader {

    /** Below this many words, the main text is thin enough to try the rescue. */
    static final int RESCUE_BELOW_WORDS = 50;
    /** The JSON-LD body replaces the DOM's when it has this many times as many words. */
    static final double JSON_LD_BODY_FACTOR = 1.5;

    Page read(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        // Ruby annotations (furigana above kanji) are a reading aid, not words of the text or the headline.
        doc.getElementsByTag("rt").remove();
        doc.getElementsByTag("rp").remove();
        Element body = doc.body();
        // 1. The main text among the blocks, furniture containers skipped.
        List<TextBlock> pageBlocks = BlockSegmenter.segment(body, true);
        MainTextSelector.Selection selection = MainTextSelector.select(pageBlocks, body, MainTextSelector.Mode.PROSE);
        // 2. Rescue: little prose found, so try again with every container, then with tables and
        // lists of short lines counting as text.
        if (selection.words() < RESCUE_BELOW_WORDS) {
            MainTextSelector.Selection all = MainTextSelector.select(BlockSegmenter.segment(body, false), body,
                    MainTextSelector.Mode.PROSE);
            if (all.words() > selection.words() * 3) {
                selection = all;
            }
        }
        if (selection.words() < RESCUE_BELOW_WORDS) {
            MainTextSelector.Selection anyText = MainTextSelector.select(pageBlocks, body, MainTextSelector.Mode.ANY_TEXT);
            if (anyText.words() > selection.words() * 3) {
                selection = anyText;
            }
        }
        PageMetadata meta = MetadataReader.read(doc, selection.container(), printedDate(pageBlocks, selection), url);
        List<String> blocks = new ArrayList<>();
        for (TextBlock b : selection.blocks()) {
            // A page printing its own address (a share box's text field) is not article text.
            if (!b.text().equals(url) && !b.text().equals(meta.canonical())) {
                blocks.add(b.text());
            }
        }
        // 3. Comparison with the JSON-LD article body.
        String ldBody = meta.articleBody();
        if (ldBody != null && Words.count(ldBody) > JSON_LD_BODY_FACTOR * selection.words() + 20) {
            blocks = new ArrayList<>();
            if (ldBody.contains("</")) {
                // Some sites put the body's markup in JSON-LD: its blocks, not its tags, are the text.
                Element fragment = Jsoup.parseBodyFragment(ldBody).body();
                for (TextBlock b : BlockSegmenter.segment(fragment, false)) {
                    blocks.add(b.text());
                }
            } else {
                for (String line : ldBody.split("\\s*\\n\\s*")) {
                    if (!line.isBlank()) {
                        blocks.add(line.strip().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        return new Page(blocks, meta);
    }

    /** How far above the main text a printed date line may stand, in blocks. */
    static final int DATE_LINE_SEARCH_BLOCKS = 25;
    /** A printed date line is short: the date, a time, "Published", an author's name. */
    static final int DATE_LINE_MAX_CHARS = 70;

    /**
     * The nearest short line holding a full date above the main text's first paragraph (the
     * headline's date line); never one below it, where teasers and comments carry their dates. A line
     * that dates an update ("Article mis à jour le 7 janvier 2020") yields to a farther one that does not
     * ("Par Jane Doe | 30 septembre 2018"): the publication.
     */
    private static String printedDate(List<TextBlock> pageBlocks, MainTextSelector.Selection selection) {
        if (selection.blocks().isEmpty()) {
            return null;
        }
        int start = selection.blocks().get(0).index();
        for (TextBlock b : selection.blocks()) {
            if (MainTextSelector.weight(b, MainTextSelector.Mode.PROSE) > 0) {
                start = b.index();
                break;
            }
        }
        String update = null;
        for (int i = start; i >= 0 && i >= start - DATE_LINE_SEARCH_BLOCKS && i < pageBlocks.size(); i--) {
            String text = pageBlocks.get(i).text();
            if (text.length() <= DATE_LINE_MAX_CHARS && DateFinder.fullDate(text).isPresent()
                    && !inPageBanner(pageBlocks.get(i).owner())) {
                if (!DateFinder.isUpdateLine(text)) {
                    return text;
                }
                update = update == null ? text : update;
            }
        }
        return update;
    }

    /**
     * Whether an element stands in the page's navigation or in its banner (a {@code <header>} outside
     * any article that holds no headline), where a site prints today's date, not the article's.
     */
    static boolean inPageBanner(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("nav")) {
                return true;
            }
            if (tag.equals("header") && a.closest("article, main") == null && a.selectFirst("h1, h2") == null) {
                return true;
            }
        }
        return false;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
