package org.storyfold.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.PageFacts;
import org.storyfold.Problem;

/** A problem line names the input and the reason, and a rejected page's own facts when it states any. */
class ProblemJsonTest {

    @Test
    void aProblemWithoutAPageIsSourceAndReason() throws Exception {
        assertThat(line(new Problem("a.txt", "empty file"))).isEqualTo("{\"source\":\"a.txt\",\"reason\":\"empty file\"}\n");
    }

    @Test
    void aRejectedPageCarriesItsTitleDayAuthorsOutletAndLanguage() throws Exception {
        Outcome.Rejected<Object> r = new Outcome.Rejected<>("v.html", "not an article: no prose",
                new PageFacts("Veteran, 98, beats virus", LocalDate.of(2020, 4, 24), List.of("Jane Doe"), null, "en"));
        assertThat(line(r.problem())).isEqualTo("{\"source\":\"v.html\",\"reason\":\"not an article: no prose\","
                + "\"page\":{\"title\":\"Veteran, 98, beats virus\",\"published\":\"2020-04-24\",\"authors\":[\"Jane Doe\"],"
                + "\"outlet\":null,\"language\":\"en\"}}\n");
    }

    @Test
    void aPageThatStatesNothingIsLeftOut() throws Exception {
        Outcome.Rejected<Object> r = new Outcome.Rejected<>("v.html", "no article text found",
                new PageFacts(null, null, List.of(), null, null));
        assertThat(r.page()).isNull();
        assertThat(line(r.retype().problem())).doesNotContain("page");
    }

    private static String line(Problem p) throws Exception {
        StringWriter out = new StringWriter();
        JsonFormat.writeProblemLine(p, out);
        return out.toString();
    }
}
