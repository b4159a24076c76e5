/**
 * Writes storyfold's results in its JSON format (documented in {@code docs/json-format.md}): the
 * digest, one article a line, duplicate groups and stories. Later versions add keys, never rename.
 */
package org.storyfold.format;
