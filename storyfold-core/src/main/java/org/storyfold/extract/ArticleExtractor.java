package org.storyfold.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.storyfold.Outcome;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;
import org.storyfold.text.NormalizedText;
import org.storyfold.text.Sentence;
import org.storyfold.text.SentenceSplitter;
import org.storyfold.text.TextNormalizer;

/**
 * The extract stage: reads plain text or HTML into blocks, normalises them, drops page furniture,
 * and finds the title, dates, dateline, credit and outlet. A page with no article text, or whose
 * text has too little prose to be an article (a login wall, a notice, a video player's message),
 * is rejected with the reason ({@link ArticleProse}). Thread-safe.
 */
public final class ArticleExtractor implements Extractor {

    private final HtmlPageReader html = new HtmlPageReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final BlockCleaner cleaner = new BlockCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

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

        // 3. Furniture out; title, credit, date lines and dateline found; the sentences, for the stages
        // that compare and cite them.
        BlockCleaner.Cleaned cleaned = cleaner.clean(blocks, statedTitle, doc.type() == ContentType.TEXT);
        if (cleaned.kept().isEmpty()) {
            return Outcome.rejected(doc.source(), "no article text found");
        }
        String text = String.join("\n\n", cleaned.kept());
        // A page with no prose left is a login wall, a notice or a player, not an article.
        List<Sentence> sentences = splitter.split(text);
        Optional<String> notAnArticle = ArticleProse.notAnArticle(sentences);
        if (notAnArticle.isPresent()) {
            return Outcome.rejected(doc.source(), notAnArticle.get());
        }

        // 4. Published date: stated by the input, by the address, by the markup, by a date line, by the lead.
        // A date in the address is the outlet's own, in its time zone; metadata is often in UTC.
        LocalDate published = DateFinder.parse(doc.published())
                .or(() -> DateFinder.fromUrl(doc.url() != null ? doc.url() : meta.canonical()))
                .or(() -> DateFinder.parse(meta.published()))
                .or(() -> meta.printedDate() == null ? java.util.Optional.empty()
                        : DateFinder.fullDate(meta.printedDate(), "en".equals(meta.language())))
                .or(() -> java.util.Optional.ofNullable(cleaned.dateFromLine()))
                .or(() -> DateFinder.weekdayDate(leadOf(cleaned.kept()), text))
                .orElse(null);

        // 5. Outlet: stated, else the site name, else the address's host.
        String url = doc.url() != null ? doc.url() : meta.canonical();
        String outlet = doc.outlet() != null ? doc.outlet()
                : meta.outlet() != null ? meta.outlet() : HtmlPageReader.host(url);

        return Outcome.ok(new Article(doc.id(), doc.source(), url, cleaned.title(), published, outlet,
                cleaned.credit(), cleaned.dateline(), text, cleaned.removed(), repairs,
                sentences, DateFinder.parse(meta.modified()).orElse(null), meta.authors(),
                meta.language(), meta.canonical()));
    }

    /** The first blocks, where a story states the day it reports. */
    private static String leadOf(List<String> kept) {
        return String.join(" ", kept.subList(0, Math.min(3, kept.size())));
    }
}
