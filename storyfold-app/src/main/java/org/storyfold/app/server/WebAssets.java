package org.storyfold.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages' style sheet and script and the API's description, read once from the classpath
 * ({@code /web/}) and served from memory, and the headers every response carries.
 */
final class WebAssets {

    /** Scripts and styles only from this server, and nothing inline: article text can never run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final Map<String, Asset> assets;

    private WebAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    static WebAssets load() {
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (String name : new String[] {"app.js", "app.css", "openapi.json"}) {
            try (InputStream in = WebAssets.class.getResourceAsStream("/web/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the web page's file /web/" + name + " is not on the classpath");
                }
                byte[] bytes = in.readAllBytes();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                assets.put(name, new Asset(bytes, TYPES.get(ext), "\"" + sha(bytes) + "\""));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the web page's file /web/" + name, e);
            }
        }
        return new WebAssets(assets);
    }

    void openApi(Context ctx) {
        serve(ctx, "openapi.json");
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("name");
        if (name.equals("openapi.json") || !assets.containsKey(name)) {
            throw ApiError.notFound("no such file: /assets/" + name);
        }
        serve(ctx, name);
    }

    static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    /** The headers every response carries, the server's own error pages included. */
    static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private void serve(Context ctx, String name) {
        Asset a = assets.get(name);
        ctx.header("ETag", a.etag());
        ctx.header("Cache-Control", "no-cache");
        if (a.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.type()).result(a.bytes());
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
