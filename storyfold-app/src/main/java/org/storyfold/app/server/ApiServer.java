package org.storyfold.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintWriter;
import java.util.List;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.storyfold.store.StoreException;
import org.storyfold.store.StoryStore;

/**
 * The HTTP server over one store: the JSON API under {@code /api/} and the web pages at {@code /},
 * {@code /search}, each story at {@code /stories/{id}} and each article at {@code /articles/{id}}. Routes are listed here, in one place, as is the turning of
 * every failure into a status and a JSON body.
 *
 * <p>Start it once and close it once; requests are served on Jetty's threads while the store
 * takes care of its own thread safety.
 */
public final class ApiServer implements AutoCloseable {

    /** Every route of the API, as the OpenAPI document lists them: method and path. */
    public static final List<String> API_ROUTES = List.of(
            "GET /api/health",
            "GET /api/stories",
            "GET /api/stories/{id}",
            "GET /api/articles/{id}",
            "GET /api/articles/{a}/diff/{b}",
            "GET /api/search",
            "POST /api/articles",
            "GET /api/openapi.json",
            "GET /api/sources",
            "GET /api/alerts",
            "POST /api/alerts",
            "DELETE /api/alerts/{name}",
            "GET /api/articles/{id}/revisions");

    /** Seconds a connection may stay idle, mid-request or between requests. */
    static final int IDLE_SECONDS = 30;
    /** The slowest a request body may arrive, in bytes a second. */
    static final long MIN_BODY_RATE = 1024;
    /** The largest request line and headers, in bytes. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final Javalin app;
    private final ServerSettings settings;

    public ApiServer(StoryStore store, ServerSettings settings, String version, PrintWriter log) {
        this.settings = settings;
        Api api = new Api(store, settings, version, log);
        HostCheck hosts = new HostCheck(settings);
        WebAssets web = WebAssets.load();
        LiveApi live = new LiveApi(store);
        WebPages pages = new WebPages(store);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            // Slow and oversized clients: a connection idle for IDLE_SECONDS is closed, a body that
            // arrives slower than MIN_BODY_RATE bytes a second fails with 408, request headers are
            // bounded, and Jetty's own error pages answer in JSON with the security headers.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(IDLE_SECONDS * 1000L);
                http.setMinRequestDataRate(MIN_BODY_RATE);
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                connector.setIdleTimeout(IDLE_SECONDS * 1000L);
                return connector;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages()));

            config.routes.before(WebAssets::securityHeaders);
            config.routes.before(hosts::check);
            config.routes.get("/api/health", api::health);
            config.routes.get("/api/stories", api::stories);
            config.routes.get("/api/stories/{id}", api::story);
            config.routes.get("/api/articles/{id}", api::article);
            config.routes.get("/api/articles/{a}/diff/{b}", api::diff);
            config.routes.get("/api/search", api::search);
            config.routes.post("/api/articles", api::post);
            config.routes.get("/api/openapi.json", web::openApi);
            config.routes.get("/api/sources", live::sources);
            config.routes.get("/api/alerts", live::alerts);
            config.routes.post("/api/alerts", live::saveAlert);
            config.routes.delete("/api/alerts/{name}", live::removeAlert);
            config.routes.get("/api/articles/{id}/revisions", live::revisions);
            config.routes.get("/feeds/{file}", live::searchFeed);

            config.routes.get("/", pages::home);
            config.routes.get("/search", pages::search);
            config.routes.get("/stories/{id}", pages::story);
            config.routes.get("/articles/{id}", pages::article);
            config.routes.get("/sources", pages::sources);
            config.routes.get("/fragments/changes/{a}/{b}", pages::changes);
            config.routes.get("/assets/{name}", web::asset);

            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                log.println("storyfold: " + e.getMessage());
                log.flush();
                error(ctx, 500, "the store failed: " + e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.println("storyfold: internal error on " + ctx.method() + " " + ctx.path() + ":");
                e.printStackTrace(log);
                log.flush();
                error(ctx, 500, "internal error; the server's log has the details");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
        });
    }

    /** Starts listening; returns the port (the one picked when the settings ask for port 0). */
    public int start() {
        app.start();
        return app.port();
    }

    /** The address of the web page. */
    public String url() {
        return "http://" + settings.host() + ":" + app.port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(Context ctx, int status, String message) {
        Api.json(ctx, status, ApiJson.error(status, message));
    }
}
