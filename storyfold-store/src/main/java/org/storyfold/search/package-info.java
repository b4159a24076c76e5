/**
 * Indexes stored articles and stories in Lucene and answers full-text queries over them, with
 * highlighted passages, filters by outlet, date range and language, and a ranking that favours
 * stories told by more independent sources.
 *
 * <p>The index is derived data: the store is the record, and the index remembers the last store
 * batch it holds (its commit's {@code sequence}), so that the store can replay what a crash left
 * out.
 */
package org.storyfold.search;
