package org.storyfold.text;

import java.util.List;

/**
 * Text after normalisation, with the repairs made to it, so that nothing is changed silently.
 *
 * @param text    the normalised text
 * @param repairs one short description per kind of repair made, with its count
 */
public record NormalizedText(String text, List<String> repairs) {
    public NormalizedText {
        repairs = List.copyOf(repairs);
    }
}
