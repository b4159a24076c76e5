package org.storyfold.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.format.JsonFormat;
import org.storyfold.ingest.InputFile;
import org.storyfold.search.ArticleHit;
import org.storyfold.search.ResultPage;
import org.storyfold.search.SearchQuery;
import org.storyfold.search.StoryHit;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.store.IngestReport;
import org.storyfold.store.StoreException;
import org.storyfold.store.StoryStore;

/** The API's handlers, one per route, over one store. Thread-safe, as the store is. */
final class Api {

    /** Hits of each kind a search returns unless asked: a page's worth, each with its passages. */
    static final int SEARCH_LIMIT = 10;
    /** Ids are file names or JSON ids; anything longer is not one. */
    private static final int MAX_ID = 512;

    private final StoryStore store;
    private final ServerSettings settings;
    private final String version;
    private final Semaphore uploads;
    private final UploadBudget budget;
    private final PrintWriter log;

    Api(StoryStore store, ServerSettings settings, String version, PrintWriter log) {
        this.store = store;
        this.settings = settings;
        this.version = version;
        this.log = log;
        this.uploads = new Semaphore(settings.uploadsAtOnce());
        this.budget = new UploadBudget(settings.uploadHeapBytes());
        Upload.deleteLeftovers(store.folder().resolve("tmp"));
    }

    /** {@code GET /api/health}. */
    void health(Context ctx) {
        json(ctx, 200, ApiJson.health(store.stats(), version));
    }

    /** {@code GET /api/stories}: newest (or most independent sources) first, filtered, a page at a time by offset or cursor. */
    void stories(Context ctx) {
        SearchQuery q = Params.listing(ctx, SearchQuery.DEFAULT_LIMIT);
        ResultPage<StoryHit> page;
        try {
            page = store.stories(q);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        json(ctx, 200, ApiJson.storyList(page, q.limit()));
    }

    /** {@code GET /api/stories/{id}}: the story page; a story merged into another answers with that one. */
    void story(Context ctx) {
        String id = id(ctx, "id");
        String current = store.resolveStory(id).orElseThrow(() -> ApiError.notFound("no story \"" + id + "\""));
        String page = store.storyPage(current).orElseThrow(() -> ApiError.notFound("no story \"" + id + "\""));
        json(ctx, 200, page);
    }

    /** {@code GET /api/articles/{id}}. */
    void article(Context ctx) throws IOException {
        String id = id(ctx, "id");
        StoryStore.StoredArticle a = store.article(id)
                .orElseThrow(() -> ApiError.notFound("no article \"" + id + "\""));
        StringWriter out = new StringWriter();
        JsonFormat.writeArticlePage(a.article(), a.story(), out);
        json(ctx, 200, out.toString());
    }

    /** {@code GET /api/articles/{a}/diff/{b}}: what copy b changed in original a. */
    void diff(Context ctx) {
        String a = id(ctx, "a");
        String b = id(ctx, "b");
        ArticleDiff d = store.diff(a, b).orElseThrow(() -> ApiError.notFound(
                store.article(a).isEmpty() ? "no article \"" + a + "\"" : "no article \"" + b + "\""));
        json(ctx, 200, ApiJson.diff(d));
    }

    /** {@code GET /api/search?q=}: stories and articles, with highlights. */
    void search(Context ctx) {
        String text = ctx.queryParam("q");
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("q is missing: give the words to search for, as in /api/search?q=raqqa");
        }
        SearchQuery q = Params.query(ctx, text, SEARCH_LIMIT);
        String type = ctx.queryParam("type") == null ? "all" : ctx.queryParam("type");
        if (!List.of("all", "stories", "articles").contains(type)) {
            throw ApiError.badRequest("type must be all, stories or articles, got \"" + type + "\"");
        }
        ResultPage<StoryHit> stories = type.equals("articles") ? new ResultPage<>(0, q.offset(), List.of()) : store.stories(q);
        ResultPage<ArticleHit> articles = type.equals("stories") ? new ResultPage<>(0, q.offset(), List.of()) : store.articles(q);
        var storyOf = store.storiesOf(articles.hits().stream().map(ArticleHit::id).toList());
        json(ctx, 200, ApiJson.search(q.text(), stories, articles, storyOf, q.limit()));
    }

    /**
     * {@code POST /api/articles}: a JSON object, a JSON array of objects, or JSON Lines; stored as
     * ingest stores files, a batch at a time. What a client can rely on: an upload is either
     * refused before anything of it is stored (a 4xx or 5xx status and a one-line reason; 503 and
     * 413 come before the body is stored, with {@code Retry-After} when sending it again later can
     * work), or answered with exactly the articles it stored: 201 or 200 when it was read to its
     * end, 207 with {@code "complete": false} and the reason when storing stopped part way (the
     * rest is not stored; sent again, what is stored counts as already stored). At most
     * {@link ServerSettings#uploadsAtOnce} bodies are received and stored at once, and together
     * they take at most {@link ServerSettings#uploadHeapBytes} of heap ({@link UploadBudget}).
     */
    void post(Context ctx) throws IOException {
        try {
            receiveAndStore(ctx);
        } catch (Upload.Refused e) {
            if (ctx.req().getContentLengthLong() <= settings.maxBodyBytes()) {
                Upload.discard(ctx, settings.maxBodyBytes());
            }
            if (e.retryAfter() > 0) {
                ctx.header("Retry-After", Integer.toString(e.retryAfter()));
            }
            throw new ApiError(e.status(), e.getMessage());
        }
    }

    private void receiveAndStore(Context ctx) throws IOException {
        if (!uploads.tryAcquire()) {
            throw new Upload.Refused(503, "the server is storing " + settings.uploadsAtOnce()
                    + " other uploads; nothing of this one was stored: send it again in a few seconds",
                    UploadBudget.RETRY_SECONDS);
        }
        Path tmp = store.folder().resolve("tmp");
        Upload.Body body = null;
        InputFile file = null;
        try (UploadBudget.Share share = budget.share()) {
            body = Upload.receive(ctx, settings.maxBodyBytes(), tmp, share);
            file = Upload.save(body, ctx.contentType(), tmp);
            storeUpload(ctx, file);
        } finally {
            uploads.release();
            if (file != null) {
                Files.deleteIfExists(file.path());
            }
            if (body != null) {
                Files.deleteIfExists(body.file());
            }
        }
    }

    /** Stores a received upload and answers with what it stored, all of it or the part stored before a failure. */
    private void storeUpload(Context ctx, InputFile file) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        IngestReport report;
        try {
            report = store.ingestFiles(List.of(file), problems::add, Progress.NONE, stored::addAll);
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError ? "the server ran out of memory" : e instanceof StoreException
                    ? "the store failed: " + e.getMessage() : "an internal error (the server's log has the details)";
            if (!(e instanceof OutOfMemoryError || e instanceof StoreException)) {
                log.println("storyfold: internal error storing an upload:");
                e.printStackTrace(log);
                log.flush();
            }
            if (stored.isEmpty()) {
                ctx.header("Retry-After", Integer.toString(UploadBudget.RETRY_SECONDS * 6));
                throw new ApiError(e instanceof OutOfMemoryError ? 503 : 500, why
                        + " before any article of this upload was stored; nothing of it was stored");
            }
            json(ctx, 207, ApiJson.ingestedPart(List.copyOf(stored), List.copyOf(problems), why
                    + "; the articles not listed in added were not stored: send the upload again (what is stored"
                    + " counts as already stored)"));
            return;
        }
        if (report.added().isEmpty() && report.alreadyStored() == 0) {
            String first = problems.isEmpty() ? "no article found" : problems.get(0).toString();
            throw ApiError.badRequest("no usable article in the body (" + problems.size() + " rejected; first: "
                    + first + ")");
        }
        json(ctx, report.added().isEmpty() ? 200 : 201, ApiJson.ingested(report, problems));
    }

    /** Whether a path segment can be an id: 1 to {@value #MAX_ID} printable characters. */
    static boolean isId(String id) {
        return !id.isBlank() && id.length() <= MAX_ID && id.chars().noneMatch(Character::isISOControl);
    }

    private static String id(Context ctx, String name) {
        String id = ctx.pathParam(name);
        if (!isId(id)) {
            throw ApiError.badRequest(name + " is not an id: ids are 1 to " + MAX_ID + " printable characters");
        }
        return id;
    }

    static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }
}
