package org.storyfold.app.page;

import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.dedup.WordDiff;

/**
 * A copy beside its original, sentence by sentence, the words it removed and added marked; on a
 * narrow screen the two sides stack. Stateless.
 */
public final class DiffView {

    private DiffView() {
    }

    /**
     * Appends the table of a diff.
     *
     * @param name how an article is named in the headings ("[2] Title")
     */
    public static void render(Element parent, ArticleDiff d, Function<String, String> name) {
        Element table = parent.appendElement("table").addClass("diff-table").addClass("stack");
        Element caption = table.appendElement("caption");
        caption.appendText("The original beside the copy: ");
        caption.appendElement("del").text("removed");
        caption.appendText(" and ");
        caption.appendElement("ins").text("added");
        caption.appendText(" words marked; " + Math.round(d.similarity() * 100) + "% of the copy stands in the original.");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Original " + name.apply(d.original()));
        head.appendElement("th").attr("scope", "col").text("Copy " + name.apply(d.copy()));
        Element body = table.appendElement("tbody");
        for (ArticleDiff.Row row : d.rows()) {
            Element tr = body.appendElement("tr").addClass("row-" + row.change().name().toLowerCase(java.util.Locale.ROOT));
            runs(tr.appendElement("td").attr("data-label", "Original"), row.original(), "del");
            runs(tr.appendElement("td").attr("data-label", "Copy"), row.copy(), "ins");
        }
    }

    private static void runs(Element cell, List<WordDiff.Run> runs, String tag) {
        if (runs.isEmpty()) {
            cell.appendElement("span").addClass("meta").text("(none)");
            return;
        }
        for (WordDiff.Run r : runs) {
            if (r.changed()) {
                cell.appendElement(tag).text(r.text());
            } else {
                cell.appendText(r.text());
            }
        }
    }
}
