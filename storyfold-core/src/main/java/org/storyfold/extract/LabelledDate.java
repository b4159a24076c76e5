package org.storyfold.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a date the page prints under a label, wherever the page's template puts it: "Datum
 * 23.05.2011", "Stand - 12.11.2021", "Mise en ligne" above "23 mai 2019", "Published: May 2, 2020".
 * The label opens its own text; the date follows it in the same text, right after the label's
 * element, or in the element after it. Never in a comment or a teaser. Thread-safe.
 */
final class LabelledDate {

    /** A label and what follows it in the same text. */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?:date|datum|stand|mise en ligne|publié(?: le)?|"
            + "veröffentlicht(?: am)?|erschienen(?: am)?|erstellt(?: am)?|published(?: on)?|fecha|publicado(?: el)?|"
            + "pubblicato(?: il)?|data(?: di pubblicazione)?)\\s*[:：-]?(?<rest>.*)");
    /** A label's text is short; so is the text that holds the date. */
    static final int MAX_LABEL_CHARS = 40;
    static final int MAX_DATE_CHARS = 60;

    private LabelledDate() {
    }

    /** The text holding the first labelled full date in {@code root}, or null. */
    static String in(Element root) {
        if (root == null) {
            return null;
        }
        return HtmlHints.firstInText(root, t -> {
            String text = t.text().strip();
            return !text.isEmpty() && text.length() <= MAX_LABEL_CHARS && Character.isLetter(text.charAt(0))
                    ? dateAfterLabel(t, text) : null;
        });
    }

    private static String dateAfterLabel(TextNode t, String text) {
        Matcher m = LABEL.matcher(text);
        Element label = t.parent();
        if (!m.matches() || label == null) {
            return null;
        }
        String rest = m.group("rest").strip();
        if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))
                && !rest.toLowerCase(Locale.ROOT).matches("(?:am|le|el|il|on|de)\\b.*")) {
            // "Datenschutz", "Date night": a word, not a label
            return null;
        }
        String date = null;
        if (!rest.isEmpty()) {
            date = dated(rest);
        } else {
            Node next = t.nextSibling() != null ? t.nextSibling() : label.nextSibling();
            for (int i = 0; date == null && next != null && i < 3; i++, next = next.nextSibling()) {
                date = dated(next instanceof TextNode n ? n.text() : next instanceof Element e ? e.text() : "");
            }
            if (date == null && label.nextElementSibling() != null) {
                date = dated(label.nextElementSibling().text());
            }
        }
        return date == null || MetadataReader.inTeaserOrComment(label, null) || AuthorFinder.inComments(label)
                ? null : date;
    }

    private static String dated(String text) {
        String s = text.strip();
        return !s.isEmpty() && s.length() <= MAX_DATE_CHARS && DateFinder.fullDate(s).isPresent() ? s : null;
    }
}
