/**
 * Writes each story's brief from its articles' own sentences: an extractive summary and the
 * consensus facts, each sentence citing every article that prints or paraphrases it and counting
 * copies of one text once; the entities with their aliases; who said what; every figure with what
 * it counts and who claims it, and the figures that conflict; and the dated events. Nothing is
 * written that no article printed. The heuristics are word lists in the {@code *Words} files.
 */
package org.storyfold.synth;
