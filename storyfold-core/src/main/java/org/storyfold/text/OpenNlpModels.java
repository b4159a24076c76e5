package org.storyfold.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the OpenNLP models that ship as resources on the classpath (the sentence, part-of-speech
 * and language models): the one place that says what a missing or unreadable model means.
 */
public final class OpenNlpModels {

    /** How a model is made from its resource's bytes ({@code SentenceModel::new}, ...). */
    @FunctionalInterface
    public interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private OpenNlpModels() {
    }

    /**
     * The model in classpath resource {@code resource}, read by {@code reader}; {@code what} names it
     * in the error a missing or broken model gives ("sentence model").
     */
    public static <M> M load(String resource, String what, Reader<M> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP " + what + " " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP " + what + " " + resource, e);
        }
    }
}
