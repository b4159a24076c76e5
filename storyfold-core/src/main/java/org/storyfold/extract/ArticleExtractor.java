package org.storyfold.extract;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.storyfold.Outcome;
import org.storyfold.PageFacts;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;
import org.storyfold.text.NormalizedText;
import org.storyfold.text.Sentence;
import org.storyfold.text.LanguageGuesser;
import org.storyfold.text.SentenceSplitter;
import org.storyfold.text.TextNormalizer;

/**
 * The extract stage: reads plain text or HTML into blocks, normalises them, drops page furniture,
 * and finds the title, dates, authors, dateline, credit, outlet and language (stated, else
 * detected). A page with no article text, or whose text has too little prose to be an article (a
 * login wall, a notice, a video player's message), is rejected with the reason
 * ({@link ArticleProse}). Thread-safe.
 */
public final class ArticleExtractor implements Extractor {

    /** The first blocks of the text, where a story states its dateline and the day it reports. */
    static final int LEAD_BLOCKS = 3;

    private final HtmlPageReader html = new HtmlPageReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final BlockCleaner cleaner = new BlockCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final LanguageGuesser languages = new LanguageGuesser();

    @Override
    public Outcome<Article> extract(RawDocument doc) {
        // 1. Blocks and the metadata the format states.
        Page page = doc.type() == ContentType.HTML
                ? html.read(doc.content(), doc.url())
                : new Page(Arrays.asList(doc.content().split("\n")), Page.NONE);
        PageMetadata meta = page.metadata();

        // 2. Mojibake repaired, then one normalisation pass over all blocks, so that repairs are counted once.
        MojibakeRepair.Repaired unmangled = MojibakeRepair.repair(String.join("\n", page.blocks()));
        NormalizedText normalized = normalizer.normalize(unmangled.text());
        List<String> repairs = new ArrayList<>(doc.notes());
        repairs.addAll(unmangled.repairs());
        repairs.addAll(normalized.repairs());
        List<String> blocks = new ArrayList<>(Arrays.asList(normalized.text().split("\n")));
        String statedTitle = doc.title() != null ? normalizer.normalize(doc.title()).text()
                : meta.title() == null ? null : normalizer.normalize(meta.title()).text();

        // 3. Furniture out; title, credit, date lines and dateline found.
        BlockCleaner.Cleaned cleaned = cleaner.clean(blocks, statedTitle, doc.type() == ContentType.TEXT);
        String text = String.join("\n\n", cleaned.kept());

        // 4. Published date: stated by the input, by the markup (a day off the address's: the address's,
        // which is the outlet's own day where the markup gives UTC), by the address, by a date printed
        // beside the headline, by a date line, by the lead, last by a date in unmarked text beside the headline.
        // None after the fetch or before 1990. Numeric dates the page prints are read in the order the
        // address's month confirms, else month first only on a page that states US English (en-US), on a page
        // that states no region whose text writes month names month first ("on May 2"), or in a date line
        // that names a North American zone ("EDT"): English alone says nothing of the order (British, Indian
        // and Australian pages print the day first).
        Instant fetched = doc.fetched() != null ? doc.fetched() : Instant.now();
        String url = doc.url() != null ? doc.url() : meta.canonical();
        String language = meta.language() != null ? meta.language() : languages.guess(text);
        // Decided only when a printed date is read: counting the text's named dates costs a pass over it.
        BooleanSupplier monthFirst = new BooleanSupplier() {
            private Boolean decided;

            @Override
            public boolean getAsBoolean() {
                if (decided == null) {
                    decided = meta.region() == null ? DateFinder.writesMonthFirst(text)
                            : "en".equals(meta.language()) && "US".equals(meta.region());
                }
                return decided;
            }
        };
        Optional<YearMonth> addressMonth = DateFinder.monthFromUrl(url);
        DateStamp published = PublicationDate.choose(fetched, DateFinder.stamp(doc.published(), false),
                plausible(meta.published(), fetched),
                meta.updatePrinted() ? Optional.empty() : Optional.ofNullable(meta.modified()),
                DateFinder.fromUrl(url).map(DateStamp::of),
                printed(meta, cleaned.printedDateLine(), cleaned.kept(), monthFirst, addressMonth),
                printed(meta, cleaned.dateLineAboveBody() ? cleaned.printedDateLine() : null, cleaned.kept(),
                        monthFirst, addressMonth),
                () -> DateFinder.weekdayDate(leadOf(cleaned.kept()), text).map(DateStamp::of),
                () -> meta.unmarkedDates().stream()
                        .map(p -> DateFinder.inOrder(order -> DateFinder.fullDate(p, order), monthFirst, addressMonth))
                        .flatMap(Optional::stream).findFirst().map(DateStamp::of));

        // 5. Outlet: stated, else the site name, else the address's host.
        String outlet = doc.outlet() != null ? doc.outlet()
                : meta.outlet() != null ? meta.outlet() : HtmlPageReader.host(url);

        // 6. Authors: stated by the markup, else read from a byline line the cleaning took out, else
        // those the input names (a feed item's author).
        List<String> authors = meta.authors();
        if (authors.isEmpty() && doc.type() == ContentType.HTML) {
            authors = AuthorFinder.fromRemovedBylines(cleaned.removed());
        }
        if (authors.isEmpty() && !doc.authors().isEmpty()) {
            List<String> stated = new ArrayList<>();
            doc.authors().forEach(a -> AuthorFinder.addNames(stated, a, null, false));
            authors = stated;
        }

        // 7. A page with no text, or no prose left (a login wall, a notice, a player), is not an article;
        // it keeps what it states about itself. The sentences, for the stages that compare and cite them.
        List<Sentence> sentences = cleaned.kept().isEmpty() ? List.of() : splitter.split(text);
        Optional<String> notAnArticle = cleaned.kept().isEmpty() ? Optional.of("no article text found")
                : ArticleProse.notAnArticle(sentences);
        if (notAnArticle.isPresent()) {
            return Outcome.rejected(doc.source(), notAnArticle.get(), new PageFacts(
                    cleaned.title() != null ? cleaned.title() : statedTitle, published == null ? null : published.day(),
                    authors, outlet, meta.language()));
        }

        return Outcome.ok(new Article(doc.id(), doc.source(), url, cleaned.title(),
                published == null ? null : published.day(), outlet, cleaned.credit(), cleaned.dateline(), text,
                cleaned.removed(), repairs, sentences, meta.modified() == null ? null : meta.modified().day(), authors,
                language, meta.canonical(),
                published == null ? null : published.time()));
    }

    /** The first of {@code stamps} that could be a publication date of a page fetched at {@code fetched}. */
    private static Optional<DateStamp> plausible(List<DateStamp> stamps, Instant fetched) {
        return stamps.stream().filter(s -> s.plausibleBefore(fetched)).findFirst();
    }

    /**
     * The dates a page prints, in order of trust: those the markup reader found (a date line above
     * the main text, the article's {@code <time>}, a date element below the headline), a date line
     * the cleaning took out, a dateline opening the lead. Ambiguous numeric dates are read month first
     * when {@code monthFirst} (a page in US English, or whose text writes "May 2") or, in a date line,
     * beside a North American time zone, else day first, unless only the other order puts them in the
     * month the address names.
     */
    private static List<Supplier<Optional<DateStamp>>> printed(PageMetadata meta, String dateLine, List<String> kept,
                                                               BooleanSupplier monthFirst, Optional<YearMonth> addressMonth) {
        List<Supplier<Optional<DateStamp>>> printed = new ArrayList<>();
        for (String p : meta.printedDates()) {
            printed.add(() -> DateFinder.inOrder(order -> DateFinder.fullDate(p, order), monthFirst, addressMonth)
                    .map(DateStamp::of));
        }
        printed.add(() -> dateLine == null ? Optional.empty()
                : DateFinder.inOrder(order -> DateFinder.dateLine(dateLine, order),
                        () -> DateFinder.namesNorthAmericanZone(dateLine) || monthFirst.getAsBoolean(), addressMonth)
                        .map(DateStamp::of));
        printed.add(() -> kept.stream().limit(LEAD_BLOCKS).map(DateFinder::leadDateline).flatMap(Optional::stream)
                .findFirst().map(DateStamp::of));
        return printed;
    }

    /** The first blocks, where a story states the day it reports. */
    private static String leadOf(List<String> kept) {
        return String.join(" ", kept.subList(0, Math.min(LEAD_BLOCKS, kept.size())));
    }
}
