/**
 * Turns article text into what the copy index stores and compares: token hashes cut into
 * sentences, sentence fingerprints, sentence profiles, and the primitive tables that hold them.
 * Unstable: these types may change in any release; use {@link org.storyfold.dedup.CopyIndex}.
 */
package org.storyfold.dedup.internal;
