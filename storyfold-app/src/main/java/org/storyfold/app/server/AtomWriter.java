package org.storyfold.app.server;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.storyfold.store.StoryStore;

/**
 * Writes stories as an Atom 1.0 feed: one entry per story, its id the story's page, updated when
 * a batch last changed it, its summary the first sentences of its brief. Written with the JDK's
 * XML writer, which escapes what it must. Stateless.
 */
final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int SUMMARY_CHARS = 600;

    private AtomWriter() {
    }

    /**
     * @param base  the server's address ({@code http://host:port}), for the entries' links
     * @param self  the feed's own path ({@code /feeds/stories.atom})
     */
    static String feed(String base, String self, String title, List<StoryStore.StoryChange> stories) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            element(x, "title", title);
            element(x, "id", base + self);
            link(x, "self", base + self);
            link(x, "alternate", base + "/");
            element(x, "updated", stories.isEmpty() ? Instant.EPOCH.toString() : stories.get(0).changed());
            x.writeStartElement("generator");
            x.writeCharacters("storyfold");
            x.writeEndElement();
            for (StoryStore.StoryChange s : stories) {
                x.writeStartElement("entry");
                element(x, "title", s.title() == null ? "Story " + s.id() : s.title());
                element(x, "id", base + "/stories/" + s.id());
                link(x, "alternate", base + "/stories/" + s.id());
                element(x, "updated", s.changed());
                x.writeStartElement("author");
                element(x, "name", "storyfold");
                x.writeEndElement();
                String summary = s.summary() == null ? "" : s.summary().length() > SUMMARY_CHARS
                        ? s.summary().substring(0, SUMMARY_CHARS) + "…" : s.summary();
                element(x, "summary", s.articles() + (s.articles() == 1 ? " article" : " articles") + ", "
                        + s.independentSources() + " independent " + (s.independentSources() == 1 ? "source" : "sources")
                        + (summary.isEmpty() ? "" : ". " + summary));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an Atom feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
