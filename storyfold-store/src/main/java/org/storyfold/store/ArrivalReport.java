package org.storyfold.store;

import java.util.Map;
import java.util.Set;

/**
 * What storing fetched documents did, by canonical address.
 *
 * @param ingest    the ingest's counts and the stories it changed
 * @param stored    the addresses stored, each with its article's id (a revision's id ends in {@code ~rN})
 * @param revised   the stored addresses that were new revisions of a page stored before
 * @param unchanged the known addresses whose page text had not changed: nothing stored
 */
public record ArrivalReport(IngestReport ingest, Map<String, String> stored, Set<String> revised, Set<String> unchanged) {

    public ArrivalReport {
        stored = Map.copyOf(stored);
        revised = Set.copyOf(revised);
        unchanged = Set.copyOf(unchanged);
    }
}
