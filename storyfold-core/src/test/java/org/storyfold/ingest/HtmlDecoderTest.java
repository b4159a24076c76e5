package org.storyfold.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Outcome;

/** Pages in the charsets the web still serves, read as browsers read them, every guess reported. */
class HtmlDecoderTest {

    private static final String FRENCH = "<p>Le café du marché était déjà plein à midi ; les élèves, après l’école, "
            + "y goûtaient des crêpes à la crème. « Ça déménage », a dit la propriétaire, très fière de sa "
            + "réussite. Même en décembre, la fréquentation reste élevée et les prix sont modérés.</p>";

    @TempDir
    Path dir;

    @Test
    void readsThePageInTheCharsetItsMetaDeclares() throws IOException {
        RawDocument d = only(write("meta.html", "<html><head><meta charset=\"windows-1252\"></head><body>" + FRENCH
                + "</body></html>", Charset.forName("windows-1252")));
        assertThat(d.content()).contains("Le café du marché était déjà plein", "« Ça déménage »", "l’école");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void readsAnHttpEquivalentDeclaration() throws IOException {
        RawDocument d = only(write("equiv.html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=ISO-8859-15\"></head><body><p>Prix : 12 €, réglés à l’accueil.</p></body></html>",
                Charset.forName("ISO-8859-15")));
        assertThat(d.content()).contains("Prix : 12 €, réglés");
    }

    @Test
    void readsUtf16ByItsByteOrderMark() throws IOException {
        byte[] body = ("<html><body>" + FRENCH + "</body></html>").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = Archives.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body);
        Files.write(dir.resolve("utf16.html"), bytes);
        assertThat(only(read()).content()).contains("Le café du marché");
    }

    @Test
    void detectsAnUndeclaredLegacyCharsetAndSaysSo() throws IOException {
        RawDocument d = only(write("legacy.html", "<html><body>" + FRENCH + FRENCH + "</body></html>",
                Charset.forName("windows-1252")));
        assertThat(d.content()).contains("Le café du marché était déjà plein");
        assertThat(d.notes()).singleElement().asString().startsWith("no charset declared; decoded as ").endsWith(" by detection");
    }

    @Test
    void refusesAPageInAnUnknownCharsetThatIsNotUtf8() throws IOException {
        write("klingon.html", "<html><head><meta charset=\"x-klingon-9\"></head><body>" + FRENCH + "</body></html>",
                Charset.forName("windows-1252"));
        assertThat(WarcFileReaderTest.rejections(read()))
                .containsExactly("klingon.html: declares unknown charset \"x-klingon-9\" and is not UTF-8, skipped");
    }

    @Test
    void readsAnUnknownCharsetAsUtf8WhenTheBytesAreUtf8AndSaysSo() throws IOException {
        RawDocument d = only(write("label.html", "<html><head><meta charset=\"utf-8-ish\"></head><body>" + FRENCH
                + "</body></html>", StandardCharsets.UTF_8));
        assertThat(d.content()).contains("Le café du marché");
        assertThat(d.notes()).containsExactly("declared charset \"utf-8-ish\" is unknown; read as UTF-8, which the bytes are");
    }

    private List<Outcome<RawDocument>> write(String name, String html, Charset charset) throws IOException {
        Files.write(dir.resolve(name), html.getBytes(charset));
        return read();
    }

    private List<Outcome<RawDocument>> read() {
        List<Outcome<RawDocument>> outcomes = new ArrayList<>();
        new FileIngester(IngestConfig.defaults()).ingest(List.of(dir), outcomes::add);
        return outcomes;
    }

    private static RawDocument only(List<Outcome<RawDocument>> outcomes) {
        assertThat(WarcFileReaderTest.rejections(outcomes)).isEmpty();
        return WarcFileReaderTest.documents(outcomes).get(0);
    }
}
