package org.storyfold.search;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns indexed articles and stories into Lucene documents; stateless. */
final class Documents {

    /** Searchable, stored, and with each word's offsets in the postings, so that highlighting reads them there. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** The longest keyword term, in characters: at most 4,000 bytes of UTF-8. */
    static final int LONGEST_KEY = 1_000;

    private Documents() {
    }

    static Document of(IndexedArticle a) {
        Document d = common(Fields.ARTICLE, a.id(), a.title(), a.text());
        if (a.outlet() != null) {
            outlet(d, a.outlet());
        }
        if (a.credit() != null) {
            d.add(new StringField(Fields.OUTLET, outletKey(a.credit()), Field.Store.NO));
        }
        if (a.published() != null) {
            date(d, a.published());
        }
        if (a.language() != null) {
            d.add(new StringField(Fields.LANGUAGE, keyword(a.language()), Field.Store.YES));
        }
        d.add(new NumericDocValuesField(Fields.NEWEST, a.published() == null ? Long.MIN_VALUE : a.published().toEpochDay()));
        return d;
    }

    static Document of(IndexedStory s) {
        Document d = common(Fields.STORY, s.id(), s.title(), s.text());
        s.outlets().forEach(o -> outlet(d, o));
        s.dates().forEach(day -> date(d, day));
        s.languages().forEach(l -> d.add(new StringField(Fields.LANGUAGE, keyword(l), Field.Store.NO)));
        // Undated stories list after every dated one.
        d.add(new NumericDocValuesField(Fields.NEWEST, s.newest() == null ? Long.MIN_VALUE : s.newest().toEpochDay()));
        if (s.newest() != null) {
            d.add(new StoredField(Fields.NEWEST, s.newest().toEpochDay()));
        }
        d.add(new FloatDocValuesField(Fields.BOOST, (float) boost(s.independentSources())));
        d.add(new StoredField(Fields.ARTICLES, s.articles()));
        d.add(new StoredField(Fields.INDEPENDENT, s.independentSources()));
        d.add(new NumericDocValuesField(Fields.INDEPENDENT_ORDER, s.independentSources()));
        d.add(new SortedDocValuesField(Fields.ID_ORDER, new BytesRef(s.id())));
        return d;
    }

    /**
     * A story's ranking factor: 1 for one source, about 1.55 for three, 2.15 for ten. Logarithmic,
     * so that corroboration counts without burying a better match told by fewer sources.
     */
    static double boost(int independentSources) {
        return 1 + 0.5 * Math.log(independentSources);
    }

    /**
     * An outlet's filter term: its name stripped and lower-cased, cut to {@value #LONGEST_KEY}
     * characters, since Lucene refuses a term over 32,766 bytes and no outlet's name is that long.
     */
    static String outletKey(String outlet) {
        return keyword(outlet.strip().toLowerCase(Locale.ROOT));
    }

    /** A keyword term cut to {@value #LONGEST_KEY} characters (never splitting a surrogate pair). */
    static String keyword(String value) {
        if (value.length() <= LONGEST_KEY) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(LONGEST_KEY - 1)) ? LONGEST_KEY - 1 : LONGEST_KEY;
        return value.substring(0, end);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Document common(String kind, String id, String title, String text) {
        Document d = new Document();
        d.add(new StringField(Fields.KEY, Fields.key(kind, id), Field.Store.NO));
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        d.add(new StoredField(Fields.ID, id));
        // The id again as a doc value: read per hit without decompressing stored fields.
        d.add(new BinaryDocValuesField(Fields.ID, new BytesRef(id)));
        if (title != null) {
            d.add(new TextField(Fields.TITLE, title, Field.Store.YES));
        }
        d.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
        return d;
    }

    private static void outlet(Document d, String outlet) {
        d.add(new StringField(Fields.OUTLET, outletKey(outlet), Field.Store.NO));
        d.add(new StoredField(Fields.OUTLET_NAME, outlet));
    }

    private static void date(Document d, LocalDate day) {
        d.add(new LongPoint(Fields.DATE, day.toEpochDay()));
        d.add(new StoredField(Fields.DATE_STORED, day.toEpochDay()));
    }
}
