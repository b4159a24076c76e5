/**
 * Writes each story's brief from its articles' own sentences: consensus facts (sentences printed,
 * or nearly so, by two or more articles) and an extractive summary in which every sentence cites
 * every article that prints it. Nothing is written that no article printed.
 */
package org.storyfold.synth;
