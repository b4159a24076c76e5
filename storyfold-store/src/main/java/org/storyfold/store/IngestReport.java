package org.storyfold.store;

import java.util.List;
import java.util.Set;

/**
 * What one ingest did.
 *
 * @param documents     documents read from the input, usable or not
 * @param added         ids of the articles stored by this ingest, in input order
 * @param alreadyStored documents skipped because the same document is stored already
 * @param rejected      documents that could not be used (each reported with its reason)
 * @param stories       ids of the stories this ingest started or changed, as they stand now
 * @param batches       transactions committed
 */
public record IngestReport(long documents, List<String> added, long alreadyStored, long rejected,
                           Set<String> stories, long batches) {
    public IngestReport {
        added = List.copyOf(added);
        stories = Set.copyOf(stories);
    }
}
