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
 * {@link StoryAssigner}. Their implementations keep the digest's own stages open: a copy index
 * ({@link IndexedCopyFinder}) and a story stream ({@link StreamStoryAssigner}) that hold every
 * stored article, so that the stored copies and stories are those a digest would find. The two
 * reflect exactly the committed batches: they are saved as snapshots under {@code snapshots/}
 * (every {@link StoreConfig#snapshotSeconds} of ingest, and at close), and at open the newest
 * snapshot is loaded and the batches committed after it are replayed from the database.
 */
package org.storyfold.store;
