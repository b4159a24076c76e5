package org.storyfold.bench;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text with a line break at every block boundary, so that a peer's words of two
 * paragraphs never run together ("end.Next") and every extractor is scored on the same footing.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "tr", "br", "section", "article", "ul", "ol", "table", "figure", "figcaption",
            "dd", "dt");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        }, root);
        return sb.toString().replaceAll("[ \\t]*\\n\\s*", "\n").strip();
    }
}
