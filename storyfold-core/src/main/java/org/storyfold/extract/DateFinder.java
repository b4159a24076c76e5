package org.storyfold.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
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
    /**
     * A date in an address whose month is named ("/film/2013/aug/02/", "/news/2009/Feb/02/") or follows a
     * section ("/2009/POLITICS/03/03/"): a year, then a month's name, or a section and the month's number,
     * then the day, each a path segment of its own.
     */
    private static final Pattern URL_NAMED_DATE = Pattern.compile("/" + YEAR + "/(?:(?<section>[A-Za-z]{2,20})/"
            + "(?<month>0?[1-9]|1[0-2])|(?<name>[A-Za-z]{3,9}))/(?<day>0?[1-9]|[12]\\d|3[01])/");
    /** The year and month an address names without a day: "/2010/09/kraft-shooting", "/2013/aug/". */
    private static final Pattern URL_MONTH = Pattern.compile("/" + YEAR + "/(?<month>0?[1-9]|1[0-2]|[A-Za-z]{3,9})/");
    /**
     * An archive page: the date in its address is the archive's ("2005_05_01_archive.html"), not a post's. Read
     * right after the date, so that a slug that mentions archives ("-2013-05-01-national-archives-release") is not one.
     */
    private static final Pattern ARCHIVE = Pattern.compile("(?i)[_-]archive\\b");
    /** An ISO 8601 date or date-time as sites write it: 2019-10-18T22:04:00Z, 2022-1-26T14:32+0200, 2020-03-11 20:07. */
    private static final Pattern ISO_STAMP = Pattern.compile(YEAR + "-(?<month>\\d{1,2})-(?<day>\\d{1,2})(?!\\d)"
            + "(?:[T ](?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{1,2})(?:[.,]\\d+)?)?\\s*"
            + "(?<zone>[Zz]|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    /**
     * Separators a typesetter or a tokeniser spaced apart between the parts of a date or a time:
     * "01 / 5 / 2011", "9: 56", "2012. 08. 08", "Dec - 19 - 05".
     */
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("(?<=\\d) ?([/:.]) (?=\\d)|(?<=[\\p{L}\\d]) (-) (?=\\d)");
    /** "a. m.", "P. M.": a 12-hour clock's mark spaced apart. */
    private static final Pattern SPACED_MERIDIEM = Pattern.compile("(?i)\\b([ap])\\. ([m])\\.");
    /**
     * A date line's date with a two-digit year: "12/16/08", "8/2/13 at 1:30 PM" (read as the order of
     * the page's other numeric dates) and "Dec-19-05". Read only in a line that holds nothing but a date.
     */
    private static final Pattern SHORT_NUMERIC = Pattern.compile(
            "(?<!\\d)(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>\\d{2})(?![\\d/])");
    private static final Pattern SHORT_MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "-" + DAY + "-(?<year>\\d{2})(?!\\d)", NAMES);
    /** A date written month name first, "May 2", "Feb. 17", or day first, "2 May", "17. Februar": the text's own order. */
    private static final Pattern NAMED_MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b", NAMES);
    private static final Pattern NAMED_DAY_MONTH = Pattern.compile("\\b" + DAY + "\\.?\\s+(?:de\\s+)?" + MONTH + "\\b", NAMES);
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
            "wet", "west", "time", "h", "uhr", "edited", "originally",
            // labels of press releases and newsrooms: "Story Created:", "FOR IMMEDIATE RELEASE", "Release:",
            // "Article posted on", "Found"; more zones: Alaska's and Hawaii's summer time, "7:00pm UK"
            "story", "article", "for", "immediate", "release", "released", "found", "akdt", "hdt", "uk");

    private static final int MAX_DATE_LINE = 80;

    /** A North American time zone as a date line prints it ("11: 00 AM EDT", "8: 13 AM PDT", "3: 21 PM ET"). */
    private static final Pattern NORTH_AMERICAN_ZONE = Pattern.compile("\\b(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\\b");

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

    /**
     * A date in a page's address: {@code /2019/11/19/}, {@code /2019-11-19}, {@code /20191119}, {@code /2017/7/12/},
     * {@code /2013/aug/02/}, {@code /2009/POLITICS/03/03/}; not the date of an archive page, which is the
     * archive's ({@code /2005_05_01_archive.html}), nor one after tomorrow.
     */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            Optional<LocalDate> d = m.group("month") != null ? toDate(m.group("year"), m.group("month"), m.group("day"))
                    : toDate(m.group("year"), m.group("month1"), m.group("day1"));
            if (d.isPresent() && !d.get().isAfter(LocalDate.now().plusDays(1)) && !namesAnArchive(url, m.group("month1") != null ? m.end() - 1 : m.end())) {
                return d;
            }
        }
        Matcher named = URL_NAMED_DATE.matcher(url);
        while (named.find()) {
            String month = named.group("month") != null ? named.group("month") : named.group("name");
            Optional<LocalDate> d = toDate(named.group("year"), month, named.group("day"));
            if (d.isPresent() && !d.get().isAfter(LocalDate.now().plusDays(1))) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The year and month an address names, with or without a day ("/2010/09/kraft-shooting"); empty if none. */
    static Optional<YearMonth> monthFromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day = fromUrl(url);
        if (day.isPresent()) {
            return day.map(YearMonth::from);
        }
        Matcher m = URL_MONTH.matcher(url);
        while (m.find()) {
            Optional<LocalDate> first = toDate(m.group("year"), m.group("month"), "1");
            if (first.isPresent() && !first.get().isAfter(LocalDate.now())) {
                return first.map(YearMonth::from);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the rest of the address's path segment from {@code end}, just after a date, names an archive
     * ("_archive.html" after "2005_05_01"); a date that ends its segment ("/2017/7/12/") names none.
     */
    private static boolean namesAnArchive(String url, int end) {
        int stop = end;
        while (stop < url.length() && "/?#".indexOf(url.charAt(stop)) < 0) {
            stop++;
        }
        return ARCHIVE.matcher(url.substring(end, stop)).lookingAt();
    }

    /**
     * {@code text} with the separators of its dates and times closed up where a typesetter or a
     * tokeniser spaced them apart: "01 / 5 / 2011" as "01/5/2011", "9: 56 a. m." as "9:56 a.m.",
     * "2012. 08. 08" as "2012.08.08", "Dec - 19 - 05" as "Dec-19-05".
     */
    static String closeUp(String text) {
        String closed = SPACED_SEPARATOR.matcher(text).replaceAll("$1$2");
        return SPACED_MERIDIEM.matcher(closed).replaceAll("$1.$2.");
    }

    /** The first complete date (with its year) written in {@code text}; numeric dates day first. */
    public static Optional<LocalDate> fullDate(String text) {
        return fullDate(text, false);
    }

    /**
     * The first complete date (with its year) written in {@code text}; an ambiguous numeric date
     * ("05/10/2018") is read month first when {@code monthFirst} (pages in US English), else day first.
     */
    public static Optional<LocalDate> fullDate(String written, boolean monthFirst) {
        String text = closeUp(written);
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher n = NUMERIC.matcher(text);
        if (n.find()) {
            Optional<LocalDate> d = numericDate(n.group("year"), n.group("a"), n.group("b"),
                    monthFirst && n.group("sep").equals("/"));
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

    /**
     * A printed date read by {@code reading} (given whether to read an ambiguous numeric date month
     * first) in the order a page's other dates suggest: month first when {@code monthFirst} (pages in
     * US English), unless only the other order puts it in the month the page's address names
     * ("11/09/2010" under "/2010/09/" is 11 September).
     */
    static Optional<LocalDate> inOrder(Function<Boolean, Optional<LocalDate>> reading, boolean monthFirst,
                                       Optional<YearMonth> addressMonth) {
        return inOrder(reading, () -> monthFirst, addressMonth);
    }

    /**
     * As {@link #inOrder(Function, boolean, Optional)}, with the usual order asked of {@code monthFirst} only when
     * the two orders read the date differently (it may cost a pass over the page's text).
     */
    static Optional<LocalDate> inOrder(Function<Boolean, Optional<LocalDate>> reading, BooleanSupplier monthFirst,
                                       Optional<YearMonth> addressMonth) {
        Optional<LocalDate> dayFirstReading = reading.apply(false);
        Optional<LocalDate> monthFirstReading = reading.apply(true);
        if (dayFirstReading.equals(monthFirstReading)) {
            return dayFirstReading;
        }
        boolean usualMonthFirst = monthFirst.getAsBoolean();
        Optional<LocalDate> usual = usualMonthFirst ? monthFirstReading : dayFirstReading;
        if (usual.isEmpty() || addressMonth.isEmpty() || YearMonth.from(usual.get()).equals(addressMonth.get())) {
            return usual;
        }
        Optional<LocalDate> other = usualMonthFirst ? dayFirstReading : monthFirstReading;
        return other.isPresent() && YearMonth.from(other.get()).equals(addressMonth.get()) ? other : usual;
    }

    /** Whether {@code word} is a month's name in one of the languages read here ("Oktober", "September"). */
    static boolean isMonthName(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.length() > 3 && MONTHS.containsKey(w);
    }

    /**
     * Whether {@code line} names a North American time zone: a page that prints one writes its numeric dates
     * month first ("05 / 03 / 2013 at 11: 00 AM EDT" is 3 May).
     */
    static boolean namesNorthAmericanZone(String line) {
        return NORTH_AMERICAN_ZONE.matcher(line).find();
    }

    /**
     * Whether {@code text} writes its dates with a month's name month first ("on May 2", "Feb. 17") more often
     * than day first ("2 May"): a text that does writes its numeric dates month first as well.
     */
    static boolean writesMonthFirst(String text) {
        return count(NAMED_MONTH_DAY, text) > count(NAMED_DAY_MONTH, text);
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    /** Whether {@code line} says its date is an update ("Updated ...", "Article mis à jour le ...", "Aktualisiert am ..."). */
    static boolean isUpdateLine(String line) {
        return UPDATE.matcher(line).find();
    }

    /** The date, if the whole line is a date line ("Updated 14 October 2017", "14 November 2017"); numeric dates day first. */
    static Optional<LocalDate> dateLine(String line) {
        return dateLine(line, false);
    }

    /**
     * The date, if the whole line is a date line ("Updated 14 October 2017", "Story Created: Aug 7, 2012
     * at 9: 56 AM AKDT", "12 / 16 / 08 1: 30 AM EST"); an ambiguous numeric date is read month first when
     * {@code monthFirst}. In a line that holds nothing but a date, a two-digit year is read as well.
     */
    static Optional<LocalDate> dateLine(String written, boolean monthFirst) {
        if (written.length() > MAX_DATE_LINE) {
            return Optional.empty();
        }
        String line = closeUp(written);
        Optional<LocalDate> date = fullDate(line, monthFirst).or(() -> shortYearDate(line, monthFirst));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String rest = ISO.matcher(line).replaceAll(" ");
        rest = NUMERIC.matcher(rest).replaceAll(" ");
        rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
        rest = SHORT_NUMERIC.matcher(rest).replaceAll(" ");
        rest = SHORT_MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
        for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
            String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!w.isEmpty() && !DATE_LINE_WORDS.contains(w)) {
                return Optional.empty();
            }
        }
        return date;
    }

    /** A date with a two-digit year, "12/16/08" or "Dec-19-05", in the century that puts it at or before next year. */
    private static Optional<LocalDate> shortYearDate(String line, boolean monthFirst) {
        Matcher n = SHORT_NUMERIC.matcher(line);
        if (n.find()) {
            return numericDate(century(n.group("year")), n.group("a"), n.group("b"), monthFirst);
        }
        Matcher m = SHORT_MONTH_DAY_YEAR.matcher(line);
        return m.find() ? toDate(century(m.group("year")), m.group("month"), m.group("day")) : Optional.empty();
    }

    /**
     * The date {@code first}/{@code second}/{@code year} writes: day first, unless {@code monthFirst} and
     * {@code first} can be a month, or only month first makes a date ({@code second} above 12).
     */
    private static Optional<LocalDate> numericDate(String year, String first, String second, boolean monthFirst) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        boolean swap = b > 12 || monthFirst && a <= 12;
        return toDate(year, Integer.toString(swap ? a : b), Integer.toString(swap ? b : a));
    }

    /** A two-digit year in full: the latest year with those digits that is not after next year. */
    private static String century(String twoDigits) {
        int nextYear = LocalDate.now().getYear() + 1;
        int year = nextYear - Math.floorMod(nextYear - Integer.parseInt(twoDigits), 100);
        return Integer.toString(year);
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
