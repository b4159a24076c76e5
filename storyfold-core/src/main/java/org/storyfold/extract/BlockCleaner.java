package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfold.text.Words;

/**
 * Separates an article's own blocks from its furniture, and takes the metadata that stands in
 * blocks of its own: the title line, credit lines ("Agence France-Presse"), date lines
 * ("Updated 14 October 2017"), the dateline opening the story and a credit closing it. Every
 * block or part of a block it drops is reported with its reason. Thread-safe.
 */
final class BlockCleaner {

    /**
     * The cleaned blocks and what was found and dropped: {@code dateline} the place opening the story,
     * {@code printedDateLine} the first date line, as written ("Updated 14 October 2017"), or null, and
     * {@code dateLineAboveBody} whether it stands above the body (not heading a part of it: "March 11, 2011"
     * in a timeline).
     */
    record Cleaned(List<String> kept, List<RemovedLine> removed, String title, String credit,
                   String dateline, String printedDateLine, boolean dateLineAboveBody) {
    }

    /** Headlines are short and do not end like a sentence. */
    private static final int MAX_HEADLINE_WORDS = 30;
    /**
     * A guessed headline has at least this many words: shorter first lines of plain text are
     * labels more often than headlines ("Features", "Getty", "Columnist", "Play Facebook").
     */
    private static final int MIN_GUESSED_HEADLINE_WORDS = 3;
    /** Quotes and brackets that may follow a sentence's closing mark. */
    private static final String CLOSERS = "\"'”’»)]";
    /** A caption is short; a longer block above the body is a lead, whatever it mentions. */
    private static final int MAX_CAPTION_CHARS = 400;
    /**
     * What a picture's caption has and a headline or a lead has not: a credit that ends it ("(Photo:
     * provided by the family)", "(Joe Raedle/Getty Images)", "... last week. REUTERS/Jonathan Ernst"),
     * a credit label opening it or a sentence of it ("Photo: iStock"), or a caption label ("Image
     * caption"). A slash counts between capitalised names only, so "(240 km/h)" and "(9/11)" do not.
     * Tried with {@code find()}, each alternative anchored, so that no block costs more than linear time.
     */
    private static final Pattern CAPTION_MARK = Pattern.compile(
            "(?iu:\\((photo|image|picture|credit)s?\\b[^()]*+\\)\\s*+\\z)"
                    + "|\\(\\p{Lu}[^()/\\d]*+(/\\s*+(\\p{Lu}[^()/\\d]*+)?)++\\)\\s*+\\z"
                    + "|[.)]\\s++\\p{Lu}[\\p{L}.]*+( \\p{Lu}[\\p{L}.]*+)*+/\\p{Lu}[\\p{L}.]*+( \\p{Lu}[\\p{L}.]*+)*+\\s*+\\z"
                    + "|(?iu:(\\A|[.!?]\\s++)(photo|image|picture)s?( by)?\\s*+:)"
                    + "|(?iu:\\b(image|media|toggle) caption\\b)");
    /**
     * What a page's navigation or time stamp has and a headline has not: arrows, bars, handles,
     * addresses, a clock time ("UPDATE: November 8, 8:25 AM CST").
     */
    private static final Pattern NAVIGATION_MARK = Pattern.compile(
            ".*(>>|\\s\\|\\s|@|://|\\b\\d{1,2}:\\d{2}\\s*(?iu:[ap]\\.?m\\b\\.?)).*");
    /** A block of this many words or more is article prose: furniture rules for headers stop there. */
    private static final int BODY_WORDS = 12;
    /** The dateline sits in one of the first body blocks (a standfirst may precede it). */
    private static final int DATELINE_SEARCH_BLOCKS = 3;
    private static final Pattern TRAILING_STRAY_DASH = Pattern.compile("\\s+[—–-]+$");

    /**
     * Cleans {@code blocks}. With {@code guessTitle} (plain text, which has no markup to state a
     * headline), a short first line that reads like a headline is taken as the title (see
     * {@link #looksLikeHeadline}), and lines above the body that credit a picture are dropped as captions.
     */
    Cleaned clean(List<String> blocks, String statedTitle, boolean guessTitle) {
        List<String> kept = new ArrayList<>();
        List<RemovedLine> removed = new ArrayList<>();
        String title = blank(statedTitle) ? null : statedTitle.strip();
        String titleKey = title == null ? null : key(title);
        boolean titleSeen = false;
        String credit = null;
        String printedDateLine = null;
        boolean dateLineAboveBody = false;
        boolean bodyStarted = false;

        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            String reason = furnitureReason(block);
            if (reason != null) {
                removed.add(new RemovedLine(block, reason));
                continue;
            }
            if (titleKey != null && key(block).equals(titleKey)) {
                removed.add(new RemovedLine(block, titleSeen ? Furniture.REPEATED_TITLE : Furniture.TITLE));
                titleSeen = true;
                continue;
            }
            Optional<String> creditLine = CreditFinder.creditLine(block);
            if (creditLine.isPresent()) {
                credit = credit == null ? creditLine.get() : credit;
                removed.add(new RemovedLine(block, Furniture.CREDIT));
                continue;
            }
            if (DateFinder.dateLine(block).isPresent()) {
                if (printedDateLine == null) {
                    printedDateLine = block;
                    dateLineAboveBody = !bodyStarted;
                }
                removed.add(new RemovedLine(block, Furniture.DATE_LINE));
                continue;
            }
            if (isCaption(block)) {
                removed.add(new RemovedLine(block, Furniture.CAPTION));
                continue;
            }
            if (guessTitle && !bodyStarted && isHeaderCaption(block)) {
                removed.add(new RemovedLine(block, Furniture.CAPTION));
                continue;
            }
            if (guessTitle && title == null && !bodyStarted && looksLikeHeadline(block)) {
                title = block;
                titleKey = key(block);
                titleSeen = true;
                removed.add(new RemovedLine(block, Furniture.TITLE));
                continue;
            }
            kept.add(block);
            bodyStarted |= Words.count(block) >= BODY_WORDS;
        }

        String dateline = null;
        for (int i = 0; i < Math.min(DATELINE_SEARCH_BLOCKS, kept.size()); i++) {
            Optional<DatelineFinder.Dateline> found = DatelineFinder.find(kept.get(i));
            if (found.isPresent()) {
                DatelineFinder.Dateline d = found.get();
                dateline = d.place();
                credit = credit == null ? d.agency() : credit;
                removed.add(new RemovedLine(d.text(), Furniture.DATELINE));
                kept.set(i, kept.get(i).substring(d.end()));
                break;
            }
        }

        if (!kept.isEmpty()) {
            int last = kept.size() - 1;
            String block = kept.get(last);
            Matcher dash = TRAILING_STRAY_DASH.matcher(block);
            if (dash.find()) {
                removed.add(new RemovedLine(dash.group().strip(), Furniture.STRAY));
                block = block.substring(0, dash.start());
            }
            Optional<CreditFinder.Credit> trailing = CreditFinder.trailingCredit(block);
            if (trailing.isPresent()) {
                credit = credit == null ? trailing.get().agency() : credit;
                removed.add(new RemovedLine(block.substring(trailing.get().start()).strip(), Furniture.CREDIT));
                block = block.substring(0, trailing.get().start()).stripTrailing();
            }
            if (block.isBlank()) {
                kept.remove(last);
            } else {
                kept.set(last, block);
            }
        }
        return new Cleaned(kept, removed, title, credit, dateline, printedDateLine, dateLineAboveBody);
    }

    /** Why a block is furniture, or null if it may be article text. */
    static String furnitureReason(String block) {
        int lettersOrDigits = 0;
        for (int i = 0; i < block.length() && lettersOrDigits < 2; i++) {
            if (Character.isLetterOrDigit(block.charAt(i))) {
                lettersOrDigits++;
            }
        }
        if (lettersOrDigits < 2) {
            return Furniture.STRAY;
        }
        if (block.length() > Furniture.MAX_LINE_CHARS) {
            return null;
        }
        for (Furniture.Kind kind : Furniture.LINE_KINDS) {
            if (kind.matches(block)) {
                return kind.reason();
            }
        }
        return null;
    }

    static boolean isCaption(String block) {
        return Furniture.CAPTION_OPENING.matcher(block).matches()
                || Furniture.CAPTION_CREDIT_END.matcher(block).matches()
                && Furniture.CAPTION_CUE.matcher(block).matches();
    }

    /**
     * Whether plain text's first line is a headline: a few words, not ending on a full stop
     * ({@link ArticleProse#isFullStop}), a comma, a semicolon or a colon (a closing quote or bracket
     * after the mark counts as the mark; a headline may end on "?" or "!"), one sentence, neither a
     * caption nor navigation nor a time stamp, and not speaking to the reader ("Click to email this
     * to a friend").
     */
    static boolean looksLikeHeadline(String block) {
        int words = Words.count(block);
        String text = block.strip();
        if (words < MIN_GUESSED_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) {
            return false;
        }
        int end = text.length();
        while (end > 1 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        char last = text.charAt(end - 1);
        return !ArticleProse.isFullStop(last) && last != ',' && last != ';' && last != ':'
                && !SECOND_SENTENCE.matcher(text).find()
                && !NAVIGATION_MARK.matcher(text).matches() && !isHeaderCaption(text)
                && !Furniture.READER_ADDRESS.matcher(text).find();
    }

    /**
     * A full stop after a lower-case word of three letters or more (not "Mr." or "Calif."), then
     * another sentence: a headline is one ("Yahoo! Japan ..." and "Is it over? Pundits ..." are).
     */
    private static final Pattern SECOND_SENTENCE = Pattern.compile("(?<!\\p{L})\\p{Ll}{3,}+\\.[\"'”’»)]*+\\s++[\"“‘(]?\\p{Lu}");

    /** A line above plain text's body that credits a picture or names itself a caption. */
    static boolean isHeaderCaption(String block) {
        return block.length() <= MAX_CAPTION_CHARS && CAPTION_MARK.matcher(block.strip()).find();
    }

    /** A block's identity for comparing titles: its letters and digits, lower-cased. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
