package org.storyfold.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.search.SearchQuery;
import org.storyfold.search.StoryHit;
import org.storyfold.store.SavedSearch;
import org.storyfold.store.SavedSearches;
import org.storyfold.store.StoryStore;
import org.storyfold.store.WatchLedger;
import org.storyfold.store.WatchedSource;

/**
 * The routes of a live collection: the watched sources and how their last polls went, saved
 * searches, an article's revisions, and the Atom feeds of new and updated stories and of each
 * saved search. Thread-safe, as the store is.
 */
final class LiveApi {

    /** Entries in a feed. */
    static final int FEED_ENTRIES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoryStore store;

    LiveApi(StoryStore store) {
        this.store = store;
    }

    /** {@code GET /api/sources}: every followed source, its last poll, outcome and error. */
    void sources(Context ctx) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (WatchedSource s : store.watchLedger().sources()) {
            ObjectNode o = list.addObject();
            o.put("url", s.url());
            o.put("kind", s.kind());
            o.put("namedAs", s.namedAs());
            o.put("title", s.title());
            o.put("lastPolled", s.lastPolled());
            o.put("lastOutcome", s.lastOutcome());
            o.put("lastError", s.lastError());
            o.put("failures", s.failures());
            o.put("nextDue", s.nextDue() == 0 ? null : java.time.Instant.ofEpochMilli(s.nextDue()).toString());
            o.put("entries", s.entries());
            o.put("added", s.added());
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("sources", list);
        Api.json(ctx, 200, JSON.writeValueAsString(body));
    }

    /** {@code GET /api/alerts}. */
    void alerts(Context ctx) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        SavedSearches searches = store.savedSearches();
        for (SavedSearch s : searches.list()) {
            ObjectNode o = alert(s);
            ArrayNode owed = o.putArray("pending");
            searches.pendingErrors(s.name()).forEach(owed::add);
            list.add(o);
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("alerts", list);
        Api.json(ctx, 200, JSON.writeValueAsString(body));
    }

    /** {@code POST /api/alerts}: {@code {"name": ..., "query": ..., "webhook": ...}}. */
    void saveAlert(Context ctx) throws IOException {
        JsonNode in;
        try {
            in = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not JSON: give {\"name\": ..., \"query\": ..., \"webhook\": ...}");
        }
        if (in == null || !in.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object with name and query");
        }
        try {
            SavedSearch s = store.savedSearches().save(text(in, "name"), text(in, "query"), text(in, "webhook"));
            Api.json(ctx, 201, JSON.writeValueAsString(alert(s)));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** {@code DELETE /api/alerts/{name}}. */
    void removeAlert(Context ctx) {
        String name = ctx.pathParam("name");
        if (!store.savedSearches().remove(name)) {
            throw ApiError.notFound("no saved search \"" + name + "\"");
        }
        ctx.status(204);
    }

    /** {@code GET /api/articles/{id}/revisions}: the stored revisions of the page an article was fetched from. */
    void revisions(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (store.article(id).isEmpty()) {
            throw ApiError.notFound("no article \"" + id + "\"");
        }
        ArrayNode list = JSON.createArrayNode();
        for (WatchLedger.Revision r : store.watchLedger().revisions(id)) {
            ObjectNode o = list.addObject();
            o.put("article", r.article());
            o.put("revision", r.revision());
            o.put("fetched", r.fetched());
            o.put("url", r.url());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("article", id);
        body.set("revisions", list);
        Api.json(ctx, 200, JSON.writeValueAsString(body));
    }

    /** {@code GET /feeds/stories.atom}: new and updated stories, latest change first. */
    void storiesFeed(Context ctx) {
        atom(ctx, "/feeds/stories.atom", "storyfold: new and updated stories", store.recentStories(FEED_ENTRIES));
    }

    /** {@code GET /feeds/{name}.atom}: a saved search's stories, latest change first. */
    void searchFeed(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".atom")) {
            throw ApiError.notFound("no feed \"" + file + "\": feeds end in .atom");
        }
        String name = file.substring(0, file.length() - ".atom".length());
        if (name.equals("stories")) {
            storiesFeed(ctx);
            return;
        }
        SavedSearch s = store.savedSearches().get(name)
                .orElseThrow(() -> ApiError.notFound("no saved search \"" + name + "\" (storyfold alert add NAME QUERY)"));
        Set<String> ids = new LinkedHashSet<>();
        for (StoryHit h : store.stories(new SearchQuery(s.query(), null, null, null, null, 0, SearchQuery.MAX_LIMIT)).hits()) {
            ids.add(h.id());
        }
        List<StoryStore.StoryChange> changes = new ArrayList<>(store.storyChanges(ids));
        atom(ctx, "/feeds/" + name + ".atom", "storyfold: " + s.query(),
                changes.subList(0, Math.min(FEED_ENTRIES, changes.size())));
    }

    private static void atom(Context ctx, String self, String title, List<StoryStore.StoryChange> stories) {
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.status(200).contentType("application/atom+xml; charset=utf-8").result(AtomWriter.feed(base, self, title, stories));
    }

    private static ObjectNode alert(SavedSearch s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", s.name());
        o.put("query", s.query());
        o.put("webhook", s.webhook());
        o.put("created", s.created());
        o.put("feed", "/feeds/" + s.name() + ".atom");
        return o;
    }

    private static String text(JsonNode in, String field) {
        JsonNode v = in.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
