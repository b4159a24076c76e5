package org.storyfold.app.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the API (a malformed request line, a
 * header too large, a body cut short or too slow): the same JSON body and security headers as
 * the API's own errors, and never a stack trace.
 */
final class ErrorPages extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        WebAssets.SECURITY_HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        WebAssets.SECURITY_HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String reason = message == null || message.isBlank() ? org.eclipse.jetty.http.HttpStatus.getMessage(code) : message;
        return ByteBuffer.wrap(ApiJson.error(code, reason.lines().findFirst().orElse(reason)).getBytes(StandardCharsets.UTF_8));
    }

}
