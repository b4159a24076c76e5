/**
 * Folds articles into stories: articles that report the same event, with the copies found by
 * dedup always in one story, a representative headline for each story, and storylines that link
 * stories developing one another.
 *
 * <p>{@link org.storyfold.cluster.OnlineStoryClusterer} is the pipeline's clusterer: it takes
 * articles in time order, batch by batch, into a {@link org.storyfold.cluster.StoryStream} that
 * can be saved, loaded and fed again. {@link org.storyfold.cluster.TfIdfStoryClusterer} is the
 * quadratic average-link baseline it is measured against. Package-private types are not API.
 */
package org.storyfold.cluster;
