/**
 * Evaluation commands and benchmarks: each runs a stage over real shared data and prints its
 * quality (with the metric the data's publishers use) and speed, beside the peers it names.
 */
package org.storyfold.bench;
