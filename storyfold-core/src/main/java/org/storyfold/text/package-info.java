/**
 * Normalises text and cuts it into sentences and word tokens: Unicode normalisation with
 * reported repairs, OpenNLP sentence detection per paragraph, and a comparison tokenizer shared
 * by dedup, clustering and synthesis.
 */
package org.storyfold.text;
