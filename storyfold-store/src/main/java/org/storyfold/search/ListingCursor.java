package org.storyfold.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * A listing's order, and the cursor that lets it go on past any depth: the sort keys of a page's
 * last story (its independent sources, its latest date, its id), written as an opaque string.
 * Stateless.
 */
final class ListingCursor {

    private ListingCursor() {
    }

    static Sort sort(SearchQuery.Order order) {
        SortField newest = new SortField(Fields.NEWEST, SortField.Type.LONG, true);
        SortField id = new SortField(Fields.ID_ORDER, SortField.Type.STRING, true);
        return order == SearchQuery.Order.SOURCES
                ? new Sort(new SortField(Fields.INDEPENDENT_ORDER, SortField.Type.LONG, true), newest, id)
                : new Sort(newest, id);
    }

    /** The cursor after a story of a listing in {@code order}: its independent sources, its latest date (epoch day), its id. */
    static String encode(SearchQuery.Order order, long independent, long newest, String id) {
        StringBuilder b = new StringBuilder(order.name());
        if (order == SearchQuery.Order.SOURCES) {
            b.append("\nl").append(independent);
        }
        b.append("\nl").append(newest).append("\nb").append(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hit a cursor stands after.
     *
     * @throws IllegalArgumentException when it is no cursor of a listing in {@code order}
     */
    static FieldDoc decode(SearchQuery.Order order, String cursor, int maxDoc) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("after is not a cursor this listing gave: " + shorten(cursor));
        }
        int keys = sort(order).getSort().length;
        if (parts.length != keys + 1 || !parts[0].equals(order.name())) {
            throw new IllegalArgumentException("after is not a cursor of a listing by " + order.name().toLowerCase()
                    + ": " + shorten(cursor));
        }
        Object[] fields = new Object[keys];
        try {
            for (int i = 0; i < keys; i++) {
                String p = parts[i + 1];
                fields[i] = p.startsWith("b") ? new BytesRef(p.substring(1)) : Long.valueOf(p.substring(1));
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("after is not a cursor this listing gave: " + shorten(cursor));
        }
        // Ids are unique, so only the story the cursor names has its keys: as the highest document
        // number it is passed over, and the listing goes on after it.
        return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, fields);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
