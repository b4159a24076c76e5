package org.storyfold.app.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How pages write counts, dates and addresses. Stateless. */
final class PageText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private PageText() {
    }

    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
    }

    /**
     * An ISO 8601 date as people read it: {@code 2017-10-14} as "14 Oct 2017", a span as "9–14 Oct
     * 2017", a month as "Jun 2017", a year as is; anything else unchanged.
     */
    static String date(String iso) {
        if (iso == null) {
            return "undated";
        }
        try {
            if (iso.contains("/")) {
                String[] ends = iso.split("/");
                LocalDate a = LocalDate.parse(ends[0]);
                LocalDate b = LocalDate.parse(ends[1]);
                if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
                    return a.getDayOfMonth() + "\u2013" + DAY.format(b);
                }
                if (a.getYear() == b.getYear()) {
                    return a.getDayOfMonth() + " " + a.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                            Locale.ENGLISH) + " \u2013 " + DAY.format(b);
                }
                return DAY.format(a) + " \u2013 " + DAY.format(b);
            }
            if (iso.length() == 10) {
                return DAY.format(LocalDate.parse(iso));
            }
            if (iso.length() == 7) {
                return MONTH.format(LocalDate.parse(iso + "-01"));
            }
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            return iso;
        }
        return iso;
    }

    static String date(LocalDate d) {
        return d == null ? "undated" : DAY.format(d);
    }

    /** An id as one segment of an address. */
    static String path(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An id as an element id: letters, digits, '-', '_' and '.' kept, anything else as '_'. */
    static String anchor(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        return b.toString();
    }
}
