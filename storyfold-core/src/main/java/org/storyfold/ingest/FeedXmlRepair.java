package org.storyfold.ingest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Makes a feed's text well-formed XML that a strict parser accepts, the way feedparser's lenient
 * mode recovers what can be read: jsoup's forgiving XML parser closes truncated and unclosed tags,
 * resolves HTML's named entities and Windows-1252 numeric references ({@code &#146;} is ’), and
 * drops the DOCTYPE (every Netscape RSS 0.91 feed has one, and a strict parser refuses it); then
 * base64 bodies are decoded, and RSS items found outside their {@code <channel>} are moved into it.
 * Each repair is noted. Thread-safe.
 */
final class FeedXmlRepair {

    /** The repaired XML, its tree (to read the fields a feed model leaves out), and the notes. */
    record Repaired(String xml, Document tree, List<String> notes) {
    }

    private static final int MAX_ERRORS = 20;

    private FeedXmlRepair() {
    }

    static Repaired repair(String text) {
        List<String> notes = new ArrayList<>();
        Parser parser = Parser.xmlParser().setTrackErrors(MAX_ERRORS);
        Document doc = Jsoup.parse(text, "", parser);
        List<Node> prolog = new ArrayList<>();
        for (Node n : doc.childNodes()) {
            if (n instanceof DocumentType) {
                notes.add("DOCTYPE ignored");
                prolog.add(n);
            } else if (n instanceof XmlDeclaration || n instanceof Comment) {
                prolog.add(n);
            }
        }
        prolog.forEach(Node::remove);
        if (!parser.getErrors().isEmpty()) {
            notes.add("broken XML (" + describe(parser.getErrors().get(0)) + "); read what could be recovered");
        } else if (root(doc) != null && !endsWithRoot(text, root(doc).tagName())) {
            notes.add("broken XML (the feed ends before </" + root(doc).tagName() + ">); read what could be recovered");
        }
        decodeBase64(doc, notes);
        moveStrayItems(doc, notes);
        dropExtraRoots(doc, notes);
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        return new Repaired(doc.html(), doc, notes);
    }

    /** The root element of the repaired tree, or null for an empty document. */
    static Element root(Document doc) {
        return doc.children().isEmpty() ? null : doc.child(0);
    }

    /** Whether the text closes its root element last (comments and whitespace may follow). */
    private static boolean endsWithRoot(String text, String rootTag) {
        String end = text.stripTrailing();
        while (end.endsWith("-->") && end.lastIndexOf("<!--") >= 0) {
            end = end.substring(0, end.lastIndexOf("<!--")).stripTrailing();
        }
        return end.endsWith("/>") || end.replaceAll("\\s+>$", ">").endsWith("</" + rootTag + ">");
    }

    private static String describe(ParseError e) {
        String m = e.getErrorMessage();
        return (m.length() > 80 ? m.substring(0, 80) + "..." : m) + " at character " + e.getPosition();
    }

    /**
     * Decodes Atom bodies in base64 ({@code mode="base64"} in Atom 0.3, a non-text {@code type} in
     * Atom 1.0) into escaped markup, so that every reader sees the text, whitespace and all.
     */
    private static void decodeBase64(Document doc, List<String> notes) {
        int decoded = 0;
        for (Element e : doc.getAllElements()) {
            String mode = e.attr("mode").toLowerCase(Locale.ROOT);
            String type = e.attr("type").toLowerCase(Locale.ROOT);
            boolean atom03 = mode.equals("base64");
            boolean atom10 = !type.isEmpty() && !atom03 && e.children().isEmpty() && !isTextual(type)
                    && (e.tagName().equals("content") || e.tagName().equals("summary") || e.tagName().equals("title"));
            if (!atom03 && !atom10) {
                continue;
            }
            String text = base64Text(e.wholeText());
            if (text == null) {
                continue;
            }
            e.text(text);
            e.removeAttr("mode");
            e.attr(atom03 ? "mode" : "type", atom03 ? "escaped" : "html");
            if (atom03) {
                e.attr("type", "text/html");
            }
            decoded++;
        }
        if (decoded > 0) {
            notes.add(decoded + (decoded == 1 ? " body" : " bodies") + " decoded from base64");
        }
    }

    private static boolean isTextual(String type) {
        return type.equals("text") || type.equals("html") || type.equals("xhtml") || type.startsWith("text/")
                || type.endsWith("+xml") || type.endsWith("/xml");
    }

    /** The UTF-8 text of base64 data, whitespace anywhere; null if it is not base64 of text. */
    private static String base64Text(String data) {
        String compact = data.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(compact);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    /** Elements after the root element (a second document pasted after the first) are left out. */
    private static void dropExtraRoots(Document doc, List<String> notes) {
        List<Element> extra = new ArrayList<>(doc.children());
        if (extra.size() <= 1) {
            return;
        }
        extra.subList(1, extra.size()).forEach(Element::remove);
        notes.add((extra.size() - 1) + " element" + (extra.size() == 2 ? "" : "s") + " after the end of the feed ignored");
    }

    /** RSS items placed beside the channel rather than in it (as some generators write them) are moved in. */
    private static void moveStrayItems(Document doc, List<String> notes) {
        Element root = root(doc);
        if (root == null || !root.tagName().equalsIgnoreCase("rss")) {
            return;
        }
        Element found = root.selectFirst("> channel");
        List<Element> stray = new ArrayList<>();
        for (Element item : doc.getElementsByTag("item")) {
            if (found == null || item.parents().stream().noneMatch(p -> p == found)) {
                stray.add(item);
            }
        }
        if (stray.isEmpty()) {
            return;
        }
        Element channel = found != null ? found : root.appendElement("channel");
        for (Element item : stray) {
            item.remove();
            channel.appendChild(item);
        }
        notes.add(stray.size() + (stray.size() == 1 ? " item" : " items") + " outside <channel> read as the channel's");
    }
}
