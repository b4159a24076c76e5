/**
 * Folds articles into stories: articles that report the same event, with the copies found by
 * dedup always in one story, and a representative headline for each story.
 */
package org.storyfold.cluster;
