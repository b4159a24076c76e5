package org.storyfold.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Page furniture as data: the lines that surround an article on a web page but are not part of
 * it, grouped by kind. Each pattern must match a whole line (case-insensitive) so that an article
 * sentence that merely mentions a comment or a summary is never dropped.
 */
final class Furniture {

    /** A kind of furniture: the reason reported for a removed line, and the lines it covers. */
    record Kind(String reason, List<Pattern> patterns, Pattern any) {
        boolean matches(String line) {
            // One alternation of all the kind's patterns: a line is tried once per kind, not once per pattern.
            return any.matcher(line).matches();
        }
    }

    static final Kind COMMENT_WIDGET = kind("comment widget",
            "add an? comment",
            "add your comment.*",
            "sort by(:? (newest|oldest|best|top|latest|most liked|popular))?",
            "there are no comments yet\\b.*",
            "be the first to comment\\b.*",
            "\\d*\\s*comments?",
            "(leave|post|write) an? (comment|reply)",
            "comments are closed\\.?",
            "(show|view|load|hide) (more |all )?comments",
            "join the (conversation|discussion)",
            "(log|sign) in to (comment|reply|join the conversation)\\.?");

    static final Kind RELATED = kind("related links",
            "related (posts|articles|stories|news|content|coverage|links)( you may (also )?like)?:?",
            "you (may|might) (also )?(like|be interested in):?",
            "(read|see) (also|more)(:.{0,120})?",
            "also read:.{0,120}",
            "recommended( for you| stories| articles)?:?",
            "(trending|most read|most popular|most viewed|editor'?s picks?)( now| stories| articles)?:?",
            "more (stories|articles|news) (from|on|about) .{0,60}",
            "(our |the )?(latest|top|more|related|popular|recent|trending) (stories|news|articles|posts|videos|headlines)[.…:]*",
            "more( from| in| on| about)? (?-i:\\p{Lu})[\\p{L}'’.-]*( [\\p{L}'’.-]+){0,3}",
            "more:?",
            "(next|previous|prev) (article|story|post|page)[.…:]*",
            "don'?’?t miss[.…:!]*",
            "explore further",
            "sponsored links?",
            "you (may|might) (also )?(like|enjoy|be interested in)[.…:]*",
            "(tags?|topics?|filed under|categories|category|keywords)\\s*:.{0,160}",
            "(tags?|topics?)");

    static final Kind AI_SUMMARY = kind("AI-summary banner",
            "this is (an )?ai[- ]generated summari[sz]ation\\b.*",
            "(summari[sz]e|summary of) this (article|story)( with ai)?\\.?",
            "ai[- ]generated summary\\b.*",
            "(generate|show|view|get) (an )?ai summary\\.?",
            "summari[sz]ed by ai\\b.*");

    static final Kind SHARE_AND_SUBSCRIBE = kind("share or subscribe furniture",
            "share( this)?( article| story| post)?( on (facebook|twitter|x|whatsapp|linkedin|telegram|email))?:?",
            "((facebook|twitter|whatsapp|linkedin|telegram|email|e-mail|print|copy link|pinterest|reddit|share|tweet|pin"
                    + "|flipboard|messenger|sms)[\\s,|·•/]*){1,8}",
            "follow us on .{0,60}",
            "(sign up|subscribe) (for|to) (our|the) .{0,40}newsletters?\\b.{0,80}",
            "subscribe( now| today)?( to .{0,60})?",
            "advertisement|advertising|advert|sponsored( content)?|promoted( content)?|ad|anzeige|werbung|iklan|publicidad|publicité|pubblicità|reklama|annonce",
            "click here to .{0,80}",
            "skip to (main )?content",
            "listen to this (article|story)\\b.{0,40}",
            "\\d+\\s*min(ute)?s?\\s*read",
            "(reading time|read time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture)\\s*:?.{0,24}",
            "sharing is caring!?",
            "\\d*\\s*shares?",
            "(get|sign up for) (the latest|our) .{0,60}(in your inbox|newsletters?)\\.?.{0,80}");

    static final Kind INTERFACE = kind("interface label",
            "caption|close|open|menu|expand|collapse|toggle navigation|back to top|print|loading( content)?[ .…]*",
            "(click |tap )?(to )?(view |see |open )?(the )?(full[- ]size|full[- ]screen|larger|enlarged?) (image|photo|picture|version)( here)?[.…]*",
            "(show|read|load|see|view) (more|less|all)[.…]*",
            "\\d+\\s*(of|/)\\s*\\d+",
            "\\d+\\s*-\\s*\\d+\\s+of\\s+\\d+",
            "(this|the) (slideshow|video|content|page|site|feature|gallery) requires javascript.*",
            "(please )?(enable|turn on) javascript.*",
            "\\[/?[a-z_-]+( [^\\]]*)?\\].*\\[/[a-z_-]+\\]|\\[/?[a-z_-]+( [^\\]]*)?\\]",
            "<[a-z][a-z0-9]*\\s[^>]*=[^>]*/?>");

    /** A time stamp line ("Updated at 1:23 p.m.", "Published Wed, Nov 20 2019 4:29 AM EST"): a stamp word, then a clock time. */
    static final Kind TIME_STAMP = kind("date line",
            "(updated |posted |published )?(about |over |almost )?(\\d+|an?|one) (second|minute|hour|day|week|month|year)s? ago",
            "(last )?(updated|published|posted|modified|publicado|atualizado|actualizado|veröffentlicht|aktualisiert|"
                    + "publié|mis à jour|pubblicato|aggiornato|diperbarui|dipublikasikan)\\b.{0,60}\\d{1,2}[:.h]\\d{2}.{0,40}");

    static final Kind COPYRIGHT = kind("copyright notice",
            "(©|\\(c\\)|copyright\\b).{0,150}",
            ".{0,80}all rights reserved\\.?.{0,80}");

    /**
     * A byline: "By" and capitalised names ("By Tess Bonn and Morgan Gstalter"), then perhaps a
     * dash or bar and a date, or a comma and an outlet or role; never "By Tuesday, ..." or a sentence.
     */
    static final Kind BYLINE = kind("byline",
            "(by|von|por|par|di|door|av)\\s+(?!(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
                    + "march|april|may|june|july|august|september|october|november|december|the|this|then|now|far|default|"
                    + "comparison|contrast)\\b)"
                    + "(?-i:\\p{Lu})[\\p{L}'’.-]*(\\s+(?-i:\\p{Lu})[\\p{L}'’.-]*){0,3}"
                    + "((,| and| &)\\s+(?-i:\\p{Lu})[\\p{L}'’.-]*(\\s+(?-i:\\p{Lu})[\\p{L}'’.-]*){0,3}){0,3}"
                    + "(\\s*[|–—-]\\s*.{0,60}|,\\s*(?-i:\\p{Lu})[\\p{L}'’.-]*(\\s+[\\p{L}'’.-]+){0,4})?");

    static final Kind SITE_SEARCH = kind("site search box",
            "search( [\\p{L}\\p{N}.-]+)?",
            "(type|enter) (your )?search( term| query)?.{0,20}");

    /** No whole-line furniture is longer than this; longer blocks are prose and skip the patterns. */
    static final int MAX_LINE_CHARS = 320;

    /** Every whole-line kind, in the order they are tried. */
    static final List<Kind> LINE_KINDS = List.of(COMMENT_WIDGET, RELATED, AI_SUMMARY, SHARE_AND_SUBSCRIBE, SITE_SEARCH,
            INTERFACE, COPYRIGHT, BYLINE, TIME_STAMP);

    /** Reason for a line with fewer than two letters or digits ("Ƶ", "–", "***"). */
    static final String STRAY = "stray characters";
    static final String REPEATED_TITLE = "repeated title";
    static final String TITLE = "title";
    static final String CAPTION = "photo caption";
    static final String DATE_LINE = "date line";
    static final String CREDIT = "credit";
    static final String DATELINE = "dateline";

    /** Reason for a paragraph that recurs across articles whose other text is unrelated ({@link RecurringParagraphRemover}). */
    static final String RECURRING = "recurs across unrelated articles";

    /**
     * A sentence that speaks to the reader rather than telling a story: the interface text of
     * sign-in walls, sharing and subscription boxes, video players and error pages ("Sign in to
     * keep reading.", "Your session has expired."). Such sentences do not
     * count as an article's prose ({@link ArticleProse}); an article quoting one keeps it.
     */
    static final Pattern READER_ADDRESS = Pattern.compile(
            "(?iu)\\b(you|your|yours|yourself|yourselves|please)\\b"
                    + "|^(click|tap|sign (in|up)|log (in|on)|subscribe|register|download|enable|follow us|share this)\\b");

    /**
     * A statement that something is unavailable or failed to load, as a player, an archive or a
     * server prints it ("This feature is not available right now.", "The interactive transcript could
     * not be loaded."), in the languages of {@link #SHARE_AND_SUBSCRIBE}. It is a page's own notice
     * only if it also names the page's content ({@link #WEB_CONTENT}) and reports no one's speech
     * ({@link #REPORTED_SPEECH}): see {@link #isUnavailableNotice}. Present tense and no adverb a news
     * report uses ("not yet", "not publicly"): "The vaccine is not yet available in Britain." and a
     * spokesman who "was not available for comment" are news.
     */
    static final Pattern UNAVAILABLE = Pattern.compile("(?iu)"
            // English
            + "\\b((is|are)( currently| presently| temporarily| now| still)? (not|no longer)|isn['’]t|aren['’]t)"
            + "( currently| presently| temporarily)? (available|accessible)\\b(?! (for|to) comment)"
            + "|\\b(is|are)( currently| presently| temporarily| now| still)? unavailable\\b(?! (for|to) comment)"
            + "|\\b(could|can)(not| not|n['’]t) be (loaded|displayed|played|retrieved|shown)\\b"
            + "|\\b(failed|unable) to load\\b"
            // Spanish, Portuguese, French, German, Italian, Indonesian
            + "|\\bno est[áa] disponible\\b|\\bya no est[áa] disponible\\b|\\bno se (pudo|puede) (cargar|reproducir|mostrar)\\b"
            + "|\\bn[ãa]o est[áa] (mais )?dispon[íi]vel\\b|\\bn[ãa]o foi poss[íi]vel carregar\\b"
            + "|\\bn['’](est|sont) (pas|plus) disponibles?\\b|\\bimpossible de (charger|lire|afficher)\\b"
            + "|\\b(ist|sind) (momentan |derzeit |zurzeit )?(nicht|nicht mehr) verf[üu]gbar\\b"
            + "|\\bkonnte(n)? nicht geladen werden\\b"
            + "|\\bnon [èe] (pi[ùu] )?disponibile\\b|\\bimpossibile caricare\\b"
            + "|\\btidak (lagi )?tersedia\\b|\\bgagal memuat\\b");

    /**
     * The web's error formulas, a notice wherever they stand ("Try again later.", "Page not found.")
     * or at the start of a sentence ("Something went wrong.", "An error occurred.", also after
     * "Sorry," or "Oops,"; a story may tell that an error occurred in a count).
     */
    static final Pattern ERROR_FORMULA = Pattern.compile("(?iu)"
            + "^((sorry|oops)[,.!]* )?(something went wrong|an error (has )?occurred)\\b"
            + "|\\btry again later\\b|\\b(page|file|video|content) (was )?not found\\b"
            + "|\\b(int[ée]ntalo|vuelve a intentarlo|intente) (de nuevo |nuevamente )?m[áa]s tarde\\b|\\bp[áa]gina no encontrada\\b"
            + "|\\btente (novamente )?mais tarde\\b|\\bp[áa]gina n[ãa]o encontrada\\b"
            + "|\\br[ée]essa(yer|yez) plus tard\\b|\\bpage (introuvable|non trouv[ée]e)\\b"
            + "|\\bes sp[äa]ter (noch einmal|erneut)\\b|\\bseite nicht gefunden\\b"
            + "|\\briprova(re)? pi[ùu] tardi\\b|\\bpagina non trovata\\b"
            + "|\\bcoba lagi nanti\\b|\\bhalaman tidak ditemukan\\b");

    /** What a page holds, named in its own notices: the page, a video, a file, a feature, a transcript. */
    static final Pattern WEB_CONTENT = Pattern.compile("(?iu)\\b("
            + "(web)?pages?|videos?|content|files?|features?|articles?|stor(y|ies)|websites?|clips?|audio|transcripts?"
            + "|images?|photos?|galler(y|ies)|podcasts?|(live)?streams?"
            + "|p[áa]ginas?|v[íi]deos?|contenidos?|archivos?|funci[óo]n|art[íi]culos?|imagen|fotos?|transcripci[óo]n"
            + "|conte[úu]dos?|arquivos?|ficheiros?|recursos?|artigos?|imagens?|transcri[çc][ãa]o"
            + "|vid[ée]os?|contenus?|fichiers?|fonctionnalit[ée]s?"
            + "|seiten?|webseiten?|inhalte?|dateien|datei|funktion(en)?|artikel|bilder|bild|transkript"
            + "|pagine|pagina|contenut[oi]|funzion[ei]|articol[oi]|immagin[ei]|trascrizione"
            + "|halaman|konten|berkas|fitur|berita|gambar|transkrip)\\b");

    /**
     * A sentence that reports what someone said ("said", "according to", and their equivalents in
     * the languages of {@link #UNAVAILABLE}): a story quoting a notice or an official, not a notice.
     */
    static final Pattern REPORTED_SPEECH = Pattern.compile("(?iu)\\b("
            + "said|says|say|told|according to|stated"
            + "|dijo|dice|dicen|declar[óo]|seg[úu]n"
            + "|disse|diz|dizem|afirmou|segundo|de acordo com"
            + "|a dit|a d[ée]clar[ée]|selon"
            + "|sagte|sagt|sagten|laut|zufolge"
            + "|ha detto|ha dichiarato|secondo"
            + "|kata|katanya|mengatakan|menurut)\\b");

    /**
     * Whether a sentence is a page's own notice that its content is unavailable or failed: an error
     * formula ({@link #ERROR_FORMULA}), or a statement of unavailability ({@link #UNAVAILABLE}) that
     * names the content ({@link #WEB_CONTENT}); in either case not a report of what someone said
     * ({@link #REPORTED_SPEECH}). Such sentences count as words to the reader in {@link ArticleProse}.
     */
    static boolean isUnavailableNotice(String sentence) {
        return (ERROR_FORMULA.matcher(sentence).find()
                || UNAVAILABLE.matcher(sentence).find() && WEB_CONTENT.matcher(sentence).find())
                && !REPORTED_SPEECH.matcher(sentence).find();
    }

    /** A caption opens by naming the picture. */
    static final Pattern CAPTION_OPENING = Pattern.compile(
            "(?i)(this|a|an|the|in this)( file| undated| handout)? (frame grab|handout (photo|picture|image)|photo(graph)?|picture|image|screen ?grab|video grab|still( image)?|file (photo|picture|image))\\b.*"
                    + "|(?i)(file )?(photo|picture|image|credit)s?( by)?\\s*[:|/].*");

    /** A caption closes with a photo credit in brackets and describes what a picture shows. */
    static final Pattern CAPTION_CREDIT_END = Pattern.compile(
            ".*\\((AP|AFP|Reuters|EPA|Getty Images|AP Photo[^)]*|AFP Photo[^)]*|Reuters Photo[^)]*|File|Supplied)\\)\\.?");
    static final Pattern CAPTION_CUE = Pattern.compile(
            "(?i).*\\b(shows?|seen|pictured|photo|picture|image|frame grab|looks? on|poses?|gestures?|walks?|stands?|file)\\b.*");

    private Furniture() {
    }

    /**
     * Compiles a kind's patterns case-insensitively. Under that flag Java's {@code \p{Lu}} also
     * matches lower-case letters, so a pattern that needs a capital writes {@code (?-i:\p{Lu})}.
     */
    private static Kind kind(String reason, String... patterns) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new Kind(reason, java.util.Arrays.stream(patterns).map(p -> Pattern.compile(p, flags)).toList(),
                Pattern.compile("(?:" + String.join(")|(?:", patterns) + ")", flags));
    }
}
