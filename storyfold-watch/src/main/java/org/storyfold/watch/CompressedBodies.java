package org.storyfold.watch;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;
import org.brotli.dec.BrotliInputStream;

/**
 * Asks servers for brotli or gzip bodies and decodes them as they are read, so that the fetcher's
 * size cap counts decoded bytes (a compression bomb stops there). OkHttp decodes gzip by itself but
 * brotli only through its brotli module, which is not served to this build; this does the same on
 * Google's reference decoder ({@code org.brotli:dec}). A request that names its own
 * {@code Accept-Encoding} or asks for a range is left alone. Stateless.
 */
final class CompressedBodies implements Interceptor {

    static final String ACCEPTED = "br, gzip";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.header("Accept-Encoding") != null || request.header("Range") != null) {
            return chain.proceed(request);
        }
        Response response = chain.proceed(request.newBuilder().header("Accept-Encoding", ACCEPTED).build());
        String encoding = response.header("Content-Encoding");
        if (encoding == null || request.method().equals("HEAD") || response.code() == 204 || response.code() == 304) {
            return response;
        }
        ResponseBody body = response.body();
        BufferedSource decoded;
        if (encoding.equalsIgnoreCase("br")) {
            decoded = Okio.buffer(Okio.source(new BrotliInputStream(body.byteStream())));
        } else if (encoding.equalsIgnoreCase("gzip")) {
            decoded = Okio.buffer(new GzipSource(body.source()));
        } else {
            return response;
        }
        return response.newBuilder()
                .removeHeader("Content-Encoding")
                .removeHeader("Content-Length")
                .body(ResponseBody.create(decoded, body.contentType(), -1))
                .build();
    }
}
