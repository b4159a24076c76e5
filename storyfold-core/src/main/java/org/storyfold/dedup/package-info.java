/**
 * Finds copies among articles: exact duplicates by a hash of their normalised words, near
 * duplicates and partial copies by MinHash/LSH candidates verified by sentence alignment, and
 * groups each family of copies around its likely original.
 */
package org.storyfold.dedup;
