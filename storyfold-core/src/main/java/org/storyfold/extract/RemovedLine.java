package org.storyfold.extract;

import java.io.Serializable;

/**
 * Text the extractor dropped from an article, kept so that a reader can check it.
 *
 * @param text   the text as it stood in the input
 * @param reason why it was dropped: {@code comment widget}, {@code photo caption}, {@code dateline}, ...
 */
public record RemovedLine(String text, String reason) implements Serializable {
}
