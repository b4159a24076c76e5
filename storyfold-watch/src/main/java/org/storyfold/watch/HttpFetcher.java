package org.storyfold.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The watch's one HTTP client, configured here and nowhere else (OkHttp): timeouts to connect and
 * between reads and a deadline over the whole exchange, a User-Agent that names storyfold and a
 * contact page, brotli and gzip ({@link CompressedBodies}: decompressed as they are read, and cut at
 * {@link FetchConfig#maxBytes()}, so a compression bomb costs at most that), redirects followed here, each hop checked against robots.txt and
 * sent in its host's turn ({@link HostGate}), conditional requests (a 304 means nothing is read),
 * and Retry-After read on 429 and 503. {@code file:} addresses are read from disk, for watching a
 * local folder of feeds. Thread-safe; close it once.
 */
public final class HttpFetcher implements AutoCloseable {

    private final FetchConfig config;
    private final OkHttpClient client;
    private final HostGate gate;
    private final RobotsCache robots;
    private final String userAgent;

    public HttpFetcher(FetchConfig config, String version) {
        this.config = config;
        this.userAgent = config.userAgentHeader(version);
        this.client = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                // Redirects are followed in fetch(): each hop is checked against robots.txt and counted.
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new CompressedBodies())
                .build();
        this.gate = new HostGate(config);
        this.robots = new RobotsCache(config.userAgent());
    }

    public FetchConfig config() {
        return config;
    }

    /**
     * Fetches {@code url} politely: robots.txt honoured (a disallowed page is never requested),
     * one request at a time per host, redirects followed up to the limit.
     *
     * @param etag         the validator of the copy held, or null
     * @param lastModified the {@code Last-Modified} of the copy held, or null
     */
    public FetchResult fetch(String url, String etag, String lastModified) throws InterruptedException {
        if (url.startsWith("file:")) {
            return readFile(url, lastModified);
        }
        String current = url;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            HttpUrl parsed = HttpUrl.parse(current);
            if (parsed == null) {
                return new FetchResult.Failed(current, "not an http(s) address", 0, null, false);
            }
            String site = parsed.scheme() + "://" + parsed.host() + ":" + parsed.port();
            RobotsCache.Rules rules = robots.rules(site, this::robotsFetch);
            if (rules.unreachable() != null) {
                return new FetchResult.Failed(current, "robots.txt unreachable (" + rules.unreachable()
                        + "); nothing is fetched from this site until it answers", 0, null, true);
            }
            if (rules.rules().getCrawlDelay() > 0) {
                gate.crawlDelay(parsed.host(), rules.rules().getCrawlDelay());
            }
            if (!rules.rules().isAllowed(current)) {
                return new FetchResult.Failed(current, "disallowed by robots.txt", 0, null, false);
            }
            String target = current;
            FetchResult result = gate.call(parsed.host(), current, () -> exchange(target, hopValidator(etag, target, url),
                    hopValidator(lastModified, target, url)));
            if (!(result instanceof FetchResult.Redirect r)) {
                return result;
            }
            current = r.location();
        }
        return new FetchResult.Failed(current, "too many redirects (more than " + config.maxRedirects() + ")", 0, null,
                false);
    }

    /** The sitemaps a site's robots.txt lists, for the site of {@code url}. */
    public java.util.List<String> sitemapsOf(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return java.util.List.of();
        }
        String site = parsed.scheme() + "://" + parsed.host() + ":" + parsed.port();
        return robots.rules(site, this::robotsFetch).rules().getSitemaps().stream()
                .map(CanonicalUrl::of).filter(java.util.Objects::nonNull).toList();
    }

    /** Posts JSON (a webhook), in its host's turn but without robots.txt: the user named this endpoint. */
    public FetchResult postJson(String url, String json) throws InterruptedException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return new FetchResult.Failed(url, "not an http(s) address", 0, null, false);
        }
        return gate.call(parsed.host(), url, () -> {
            Request request = new Request.Builder().url(parsed).header("User-Agent", userAgent)
                    .post(RequestBody.create(json, MediaType.get("application/json; charset=utf-8"))).build();
            try (Response response = client.newCall(request).execute()) {
                if (response.isSuccessful()) {
                    return new FetchResult.NotModified(url);
                }
                return failed(url, response);
            } catch (IOException e) {
                return failure(url, e);
            }
        });
    }

    /** Validators go only to the address they were given for, not to a redirect's target. */
    private static String hopValidator(String value, String hop, String original) {
        return hop.equals(original) ? value : null;
    }

    private FetchResult robotsFetch(String robotsUrl) {
        HttpUrl parsed = HttpUrl.parse(robotsUrl);
        try {
            String current = robotsUrl;
            for (int hop = 0; hop <= config.maxRedirects(); hop++) {
                String target = current;
                FetchResult r = gate.call(parsed.host(), current, () -> exchange(target, null, null));
                if (!(r instanceof FetchResult.Redirect redirect)) {
                    return r;
                }
                current = redirect.location();
            }
            return new FetchResult.Failed(robotsUrl, "too many redirects", 404, null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed(robotsUrl, "interrupted", 0, null, false);
        }
    }

    private FetchResult exchange(String url, String etag, String lastModified) {
        Request.Builder b = new Request.Builder().url(url).header("User-Agent", userAgent)
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
                        + " text/html;q=0.8, */*;q=0.5");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        try (Response response = client.newCall(b.build()).execute()) {
            int code = response.code();
            if (code == 304) {
                return new FetchResult.NotModified(url);
            }
            if (code >= 300 && code < 400 && response.header("Location") != null) {
                HttpUrl next = response.request().url().resolve(response.header("Location"));
                if (next == null) {
                    return new FetchResult.Failed(url, "redirect to an unusable address: " + response.header("Location"),
                            code, null, false);
                }
                return new FetchResult.Redirect(url, next.toString());
            }
            if (code != 200) {
                return failed(url, response);
            }
            ResponseBody body = response.body();
            long declared = body.contentLength();
            if (declared > config.maxBytes()) {
                return new FetchResult.Failed(url, "larger than the " + mib(config.maxBytes()) + " limit ("
                        + mib(declared) + " announced); not read", code, null, false);
            }
            byte[] bytes = readBounded(body.byteStream(), config.maxBytes());
            if (bytes == null) {
                return new FetchResult.Failed(url, "larger than the " + mib(config.maxBytes())
                        + " limit (after decompression); not read", code, null, false);
            }
            MediaType type = body.contentType();
            return new FetchResult.Body(url, bytes, type == null ? null : type.toString(),
                    type == null || type.charset() == null ? null : type.charset().name(),
                    response.header("ETag"), response.header("Last-Modified"));
        } catch (IOException e) {
            return failure(url, e);
        }
    }

    private static FetchResult failed(String url, Response response) {
        int code = response.code();
        boolean hostFault = code == 429 || code >= 500;
        return new FetchResult.Failed(url, "HTTP " + code + (response.message().isBlank() ? "" : " " + response.message()),
                code, code == 429 || code == 503 ? retryAfter(response.header("Retry-After")) : null, hostFault);
    }

    private static FetchResult failure(String url, IOException e) {
        String reason;
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            reason = "timed out";
        } else if (e instanceof ConnectException) {
            reason = "connection refused";
        } else if (e instanceof UnknownHostException) {
            reason = "unknown host";
        } else if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            reason = "broken compressed body";
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new FetchResult.Failed(url, reason, 0, null, true);
    }

    /** The whole stream, or null if it holds more than {@code max} bytes (no more than one byte past it is read). */
    static byte[] readBounded(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        return bytes.length > max ? null : bytes;
    }

    /** Retry-After in seconds or as an HTTP date; null if absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Duration.ofMillis(Math.max(0, at.toInstant().toEpochMilli() - System.currentTimeMillis()));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private FetchResult readFile(String url, String lastModified) {
        Path path;
        try {
            path = Path.of(URI.create(url));
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, "not a usable file address", 0, null, false);
        }
        try {
            String modified = Files.getLastModifiedTime(path).toInstant().toString();
            if (modified.equals(lastModified)) {
                return new FetchResult.NotModified(url);
            }
            if (Files.size(path) > config.maxBytes()) {
                return new FetchResult.Failed(url, "larger than the " + mib(config.maxBytes()) + " limit; not read", 0,
                        null, false);
            }
            return new FetchResult.Body(url, Files.readAllBytes(path), null, null, null, modified);
        } catch (java.nio.file.NoSuchFileException e) {
            return new FetchResult.Failed(url, "no such file", 0, null, false);
        } catch (IOException e) {
            return new FetchResult.Failed(url, "cannot read: " + e.getMessage(), 0, null, false);
        }
    }

    private static String mib(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0) : bytes + " bytes";
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
