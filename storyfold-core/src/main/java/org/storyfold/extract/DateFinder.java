package org.storyfold.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates as news pages write them: ISO and RFC dates from metadata, "14 October 2017",
 * "October 14, 2017", "Updated 14 October 2017" lines, and "Saturday, October 14" without a year,
 * whose year is the first one at or after the latest year the text mentions that puts that date on
 * that weekday (no year mentioned: no date, rather than a guess). Thread-safe.
 */
public final class DateFinder {

    /**
     * Month names as pages print them, in English and the languages most news sites use: German,
     * French, Spanish, Portuguese, Italian, Indonesian, Dutch, Romanian, the Scandinavian languages,
     * Polish and Czech (in the genitive a date uses), Hungarian and Turkish. A name two languages
     * give two months is left out ("listopada": November in Polish, October in Croatian).
     */
    private static final Map<String, Integer> MONTHS = months(
            "january jan januar janvier enero janeiro gennaio januari janv ianuarie ian stycznia ledna január ocak",
            "february feb februar février fevrier febrero fevereiro febbraio februari févr fevr februarie lutego února "
                    + "unora február şubat subat",
            "march mar märz maerz mars marzo março marco maret maart martie marca března brezna március",
            "april apr avril abril aprile aprilie kwietnia dubna április nisan",
            "may mai mayo maio maggio mei maj maja května kvetna május mayıs",
            "june jun juni juin junio junho giugno iunie czerwca června cervna június haziran",
            "july jul juli juillet julio julho luglio juil iulie lipca července cervence július temmuz",
            "august aug août aout agosto agustus augustus augusti sierpnia srpna augusztus ağustos agustos",
            "september sep sept septembre septiembre setiembre setembro settembre septembrie września wrzesnia září "
                    + "zari szeptember eylül eylul",
            "october oct oktober octobre octubre outubro ottobre octombrie października pazdziernika října rijna "
                    + "október ekim",
            "november nov novembre noviembre novembro noiembrie kasım kasim",
            "december dec dezember décembre decembre diciembre dezembro dicembre desember déc decembrie grudnia "
                    + "prosince aralık aralik");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final String MONTH = "(?<month>(?iu:" + MONTHS.keySet().stream().sorted((x, y) -> y.length() - x.length())
            .collect(java.util.stream.Collectors.joining("|")) + "))\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final int NAMES = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "\\.?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?" + YEAR + "\\b", NAMES);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", NAMES);
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "(?<sep>[-/.])(?<month>\\d{2})\\k<sep>(?<day>\\d{2})(?!\\d)");
    /** 18.11.2019, 05/10/2018, 11/18/2019, 26 | 01 | 2022: day first, unless only month first makes a date. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(?<a>\\d{1,2})(?<sep>[./]| \\| )(?<b>\\d{1,2})\\k<sep>(?<year>(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern WEEKDAY_MONTH_DAY = Pattern.compile("\\b" + WEEKDAY + ",?\\s+" + MONTH + "\\s+" + DAY + "\\b(?!,?\\s+(?:19|20)\\d{2})");
    private static final Pattern WEEKDAY_DAY_MONTH = Pattern.compile("\\b" + WEEKDAY + ",?\\s+" + DAY + "\\s+" + MONTH + "\\b(?!,?\\s+(?:19|20)\\d{2})");
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]" + YEAR + "(?:(?<sep>[/_-]?)(?<month>0[1-9]|1[0-2])\\k<sep>(?<day>0[1-9]|[12]\\d|3[01])(?!\\d)"
                    + "|/(?<month1>[1-9]|1[0-2])/(?<day1>[1-9]|[12]\\d|3[01])/)");
    /** An ISO 8601 date or date-time as sites write it: 2019-10-18T22:04:00Z, 2022-1-26T14:32+0200, 2020-03-11 20:07. */
    private static final Pattern ISO_STAMP = Pattern.compile(YEAR + "-(?<month>\\d{1,2})-(?<day>\\d{1,2})(?!\\d)"
            + "(?:[T ](?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{1,2})(?:[.,]\\d+)?)?\\s*"
            + "(?<zone>[Zz]|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /** A dateline opening a paragraph: in brackets, or after a place and before a dash or a colon. */
    private static final Pattern LEAD_DATELINE = Pattern.compile("\\((?<bracketed>[^()]{6,40})\\)\\s"
            + "|(?:\\p{Lu}[\\p{L}.'’/\\- ]{0,30},\\s*)?(?<dashed>[^()—–:]{6,40}?)\\s*(?:\\s[—–-]|:)\\s");

    /** Words a date-only line may hold besides the date: "Updated", "Published on", times, zones. */
    private static final Set<String> DATE_LINE_WORDS = Set.of(
            "updated", "update", "published", "posted", "last", "first", "on", "at", "date", "am", "pm",
            "a.m", "p.m", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "ist", "pst", "pdt", "ast",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun", "created", "modified", "by", "cst", "cdt", "mst", "mdt", "pt",
            "et", "ct", "hst", "akst", "aest", "aedt", "jst", "kst", "sgt", "hkt", "msk", "wib", "eet", "eest",
            "wet", "west", "time", "h", "uhr", "edited", "originally");

    private static final int MAX_DATE_LINE = 80;

    /** Words that mark a printed date as the article's last update, not its publication. */
    private static final Pattern UPDATE = Pattern.compile("(?iu)\\b(?:updated?|last modified|modified|edited"
            + "|mis(?:e)? à jour|actualizad[oa]|actualización|atualizad[oa]|aktualisiert|aktualisierung|zuletzt"
            + "|geändert|aggiornat[oa]|bijgewerkt|gewijzigd)\\b");

    private DateFinder() {
    }

    /** A date written in metadata (ISO 8601, RFC 1123, or any text form below); empty if none. */
    public static Optional<LocalDate> parse(String value) {
        return stamp(value, false).map(DateStamp::day);
    }

    /**
     * A date written in markup, with its time and UTC offset when it states both: ISO 8601 as
     * sites write it (a one-digit month or hour, an offset without a colon, a space for the
     * {@code T}), RFC 1123, or any text form that {@link #fullDate(String)} reads; empty if none.
     */
    static Optional<DateStamp> stamp(String value) {
        // Markup is written by programs, which write slashed dates month first (11/01/2023 is 1 November).
        return stamp(value, true);
    }

    /** As {@link #stamp(String)}; an ambiguous slashed date is read month first when {@code monthFirst}. */
    static Optional<DateStamp> stamp(String value, boolean monthFirst) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher iso = ISO_STAMP.matcher(v);
        if (iso.lookingAt()) {
            Optional<LocalDate> day = toDate(iso.group("year"), iso.group("month"), iso.group("day"));
            if (day.isPresent()) {
                return Optional.of(new DateStamp(day.get(), isoTime(iso, day.get())));
            }
        }
        try {
            return Optional.of(DateStamp.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toOffsetDateTime()));
        } catch (DateTimeParseException e) {
            // not an RFC 1123 date; try the text forms
        }
        return fullDate(v, monthFirst).map(DateStamp::of);
    }

    /** The time and offset an ISO stamp states, or null without either. */
    private static OffsetDateTime isoTime(Matcher iso, LocalDate day) {
        String zone = iso.group("zone");
        if (iso.group("hour") == null || zone == null) {
            return null;
        }
        try {
            ZoneOffset offset = zone.equals("Z") || zone.equals("z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            LocalTime time = LocalTime.of(Integer.parseInt(iso.group("hour")), Integer.parseInt(iso.group("minute")),
                    iso.group("second") == null ? 0 : Integer.parseInt(iso.group("second")));
            return OffsetDateTime.of(day, time, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date in a page's address: {@code /2019/11/19/}, {@code /2019-11-19}, {@code /20191119}, {@code /2017/7/12/}. */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            Optional<LocalDate> d = m.group("month") != null ? toDate(m.group("year"), m.group("month"), m.group("day"))
                    : toDate(m.group("year"), m.group("month1"), m.group("day1"));
            if (d.isPresent() && !d.get().isAfter(LocalDate.now().plusDays(1))) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first complete date (with its year) written in {@code text}; numeric dates day first. */
    public static Optional<LocalDate> fullDate(String text) {
        return fullDate(text, false);
    }

    /**
     * The first complete date (with its year) written in {@code text}; an ambiguous numeric date
     * ("05/10/2018") is read month first when {@code monthFirst} (pages in US English), else day first.
     */
    public static Optional<LocalDate> fullDate(String text, boolean monthFirst) {
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher n = NUMERIC.matcher(text);
        if (n.find()) {
            int a = Integer.parseInt(n.group("a"));
            int b = Integer.parseInt(n.group("b"));
            boolean swap = b > 12 || monthFirst && n.group("sep").equals("/") && a <= 12;
            Optional<LocalDate> d = toDate(n.group("year"), Integer.toString(swap ? a : b), Integer.toString(swap ? b : a));
            if (d.isPresent()) {
                best = d.get();
                bestAt = n.start();
            }
        }
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = toDate(m.group("year"), m.group("month"), m.group("day"));
                if (d.isPresent() && m.start() < bestAt) {
                    best = d.get();
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code word} is a month's name in one of the languages read here ("Oktober", "September"). */
    static boolean isMonthName(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.length() > 3 && MONTHS.containsKey(w);
    }

    /** Whether {@code line} says its date is an update ("Updated ...", "Article mis à jour le ...", "Aktualisiert am ..."). */
    static boolean isUpdateLine(String line) {
        return UPDATE.matcher(line).find();
    }

    /** The date, if the whole line is a date line ("Updated 14 October 2017", "14 November 2017"). */
    static Optional<LocalDate> dateLine(String line) {
        if (line.length() > MAX_DATE_LINE) {
            return Optional.empty();
        }
        Optional<LocalDate> date = fullDate(line);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String rest = ISO.matcher(line).replaceAll(" ");
        rest = NUMERIC.matcher(rest).replaceAll(" ");
        rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
        for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
            String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!w.isEmpty() && !DATE_LINE_WORDS.contains(w)) {
                return Optional.empty();
            }
        }
        return date;
    }

    /**
     * The date a story's first paragraph opens with, set apart as a dateline: "(21. November 2022)
     * Energy customers ...", "BERLIN, 21.11.2022 – ...", "14 October 2017: ..."; empty if none.
     */
    static Optional<LocalDate> leadDateline(String lead) {
        Matcher m = LEAD_DATELINE.matcher(lead.length() > MAX_DATE_LINE ? lead.substring(0, MAX_DATE_LINE) : lead);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return dateLine((m.group("bracketed") != null ? m.group("bracketed") : m.group("dashed")).strip());
    }

    /**
     * A date without a year ("Saturday, October 14"), its year inferred from the latest year that
     * {@code context} mentions; empty when the text names no year.
     */
    static Optional<LocalDate> weekdayDate(String text, String context) {
        Matcher m = WEEKDAY_MONTH_DAY.matcher(text);
        if (!m.find()) {
            m = WEEKDAY_DAY_MONTH.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        int latestYear = latestYear(context);
        if (latestYear < 0) {
            return Optional.empty();
        }
        DayOfWeek weekday = WEEKDAYS.get(m.group("weekday").toLowerCase(Locale.ROOT));
        int month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(m.group("day"));
        int thisYear = LocalDate.now().getYear();
        for (int year = latestYear; year <= thisYear + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (candidate.getDayOfWeek() == weekday) {
                    return Optional.of(candidate);
                }
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int latestYear(String text) {
        int latest = -1;
        int thisYear = LocalDate.now().getYear();
        Matcher m = ANY_YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            if (y <= thisYear && y > latest) {
                latest = y;
            }
        }
        return latest;
    }

    private static Map<String, Integer> months(String... namesByMonth) {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int m = 0; m < namesByMonth.length; m++) {
            for (String name : namesByMonth[m].split(" ")) {
                months.putIfAbsent(name, m + 1);
            }
        }
        return Map.copyOf(months);
    }

    private static Optional<LocalDate> toDate(String year, String month, String day) {
        Integer mm = Character.isDigit(month.charAt(0))
                ? Integer.valueOf(month)
                : MONTHS.get(month.toLowerCase(Locale.ROOT).replace(".", ""));
        if (mm == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), mm, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
