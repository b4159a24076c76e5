/**
 * Keeps a growing collection of articles in a data folder and folds each new batch into it: the
 * articles are stored once, their copies found among the stored ones, their stories joined or
 * started, and only the stories a batch touched are briefed again, all in one transaction per
 * batch, so that a crash loses nothing reported done and never leaves half a story.
 *
 * <p>The data folder holds an SQLite database (the record: articles, copy groups, stories and
 * their pages, schema version) and a Lucene index derived from it (see {@link org.storyfold.search}).
 * SQLite rather than H2: its write-ahead log has the longest record of surviving a killed process
 * or a power cut, one writer and many readers (an ingest beside a running server) is its natural
 * use, and the file opens with any SQLite tool.
 *
 * <p>How new articles meet stored ones is behind two narrow interfaces, {@link CopyFinder} and
 * {@link StoryAssigner}; their first implementations run today's batch stages over the
 * neighbourhood of the new articles that the search index finds.
 */
package org.storyfold.store;
