package org.storyfold.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Cuts text into sentences with OpenNLP's English sentence model (Universal Dependencies English
 * Web Treebank, shipped as a jar on Maven Central), paragraph by paragraph, so that a sentence
 * never spans a paragraph break. Paragraphs are separated by one or more line breaks.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own detector.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final class ModelHolder {
        static final SentenceModel MODEL_INSTANCE = OpenNlpModels.load(MODEL, "sentence model", SentenceModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(ModelHolder.MODEL_INSTANCE));

    /** The sentences of {@code text}, with offsets into it and paragraph numbers. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        SentenceDetectorME detector = DETECTOR.get();
        int paragraph = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(pos, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    String s = span.getCoveredText(line).toString().strip();
                    if (!s.isEmpty()) {
                        int start = pos + line.indexOf(s, span.getStart());
                        sentences.add(new Sentence(s, start, start + s.length(), paragraph));
                    }
                }
                paragraph++;
            }
            pos = lineEnd + 1;
        }
        return sentences;
    }
}
