package org.storyfold.search;

/** The names of the index's fields, and the values of its {@code kind} field. */
final class Fields {

    /** {@code article:<id>} or {@code story:<id>}: the key a document is replaced or deleted by. */
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Lower-cased outlet names, for filters; {@link #OUTLET_NAME} keeps them as printed. */
    static final String OUTLET = "outlet";
    static final String OUTLET_NAME = "outlet_name";
    /** Publication dates as epoch days: points for range filters, a stored copy for display. */
    static final String DATE = "date";
    static final String DATE_STORED = "date_stored";
    static final String LANGUAGE = "language";
    /** Epoch day used to list newest first. */
    static final String NEWEST = "newest";
    /** A story's ranking factor, 1 + 0.5 ln(independent sources). */
    static final String BOOST = "boost";
    static final String ARTICLES = "articles";
    static final String INDEPENDENT = "independent";
    /** The independent sources again as a doc value, and the id as a sorted one: keys of a listing's order and cursor. */
    static final String INDEPENDENT_ORDER = "independent_order";
    static final String ID_ORDER = "id_order";

    static final String ARTICLE = "article";
    static final String STORY = "story";

    /** The commit user data key holding the last store batch the index holds. */
    static final String SEQUENCE = "sequence";
    /** The commit user data key holding how documents are indexed; an index of another format is rebuilt. */
    static final String FORMAT = "format";
    /** 2: the text field keeps offsets in its postings; 3: outlets hold credited agencies, undated stories no date. */
    static final String CURRENT_FORMAT = "3";

    private Fields() {
    }

    static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
