package org.storyfold.synth;

/**
 * Where a cited article prints a sentence: the article and its own wording, verbatim.
 *
 * @param article the article id
 * @param text    the sentence as that article prints it
 */
public record Evidence(String article, String text) {
}
