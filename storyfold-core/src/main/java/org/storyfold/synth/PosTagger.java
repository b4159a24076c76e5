package org.storyfold.synth;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.storyfold.text.OpenNlpModels;

/**
 * Tags tokens with their Universal Dependencies part of speech ({@code NOUN}, {@code VERB},
 * {@code ADJ}, ...) using OpenNLP's English model (Universal Dependencies English Web Treebank,
 * shipped as a jar on Maven Central). Only the sentences that need it are tagged (those with
 * amounts), as tagging costs more than everything else the brief does.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own tagger.
 */
final class PosTagger {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class ModelHolder {
        static final POSModel MODEL_INSTANCE = OpenNlpModels.load(MODEL, "part-of-speech model", POSModel::new);
    }

    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(ModelHolder.MODEL_INSTANCE));

    private PosTagger() {
    }

    /** One tag per token. */
    static String[] tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return TAGGER.get().tag(words);
    }
}
