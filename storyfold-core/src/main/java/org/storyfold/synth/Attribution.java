package org.storyfold.synth;

/**
 * Who a sentence says is speaking, and which of its tokens carry what they said.
 *
 * @param speaker     the speaker, resolved ("he" to the person named before, "the official" to
 *                    "a city official")
 * @param verb        the token of the verb of saying ("said", "told", "according")
 * @param contentFrom the first token of what is reported (after "that"), for reported speech
 * @param contentTo   the token just past it
 */
record Attribution(Speaker speaker, int verb, int contentFrom, int contentTo) {
}
