package org.storyfold.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** boilerpipe's article extractor (Kohlschütter et al., 2010), its text blocks one a line. */
final class BoilerpipePeer implements BodyExtractor {

    @Override
    public String name() {
        return "boilerpipe 1.2.2";
    }

    @Override
    public String body(String html, String url) {
        try {
            return ArticleExtractor.INSTANCE.getText(html);
        } catch (BoilerpipeProcessingException | RuntimeException e) {
            // A page boilerpipe cannot parse scores as an empty extraction, as in the benchmark.
            return "";
        }
    }
}
