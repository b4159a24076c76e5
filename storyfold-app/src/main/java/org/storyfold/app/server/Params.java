package org.storyfold.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.storyfold.search.SearchQuery;

/** Reads a request's query parameters, rejecting bad values with a 400 that names the parameter. */
final class Params {

    private Params() {
    }

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number, got \"" + raw + "\"");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date as yyyy-mm-dd, got \"" + raw + "\"");
        }
    }

    /** A listing's filters, order and page: {@code outlet, from, to, language, offset, limit, sort, after}. */
    static SearchQuery listing(Context ctx, int defaultLimit) {
        SearchQuery q = query(ctx, null, defaultLimit);
        String sort = ctx.queryParam("sort") == null ? "newest" : ctx.queryParam("sort").strip();
        if (!sort.equals("newest") && !sort.equals("sources")) {
            throw ApiError.badRequest("sort must be newest or sources, got \"" + sort + "\"");
        }
        try {
            return new SearchQuery(null, q.outlet(), q.from(), q.to(), q.language(), q.offset(), q.limit(),
                    sort.equals("sources") ? SearchQuery.Order.SOURCES : SearchQuery.Order.NEWEST,
                    ctx.queryParam("after"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** The query and filters of a listing or search: {@code q, outlet, from, to, language, offset, limit}. */
    static SearchQuery query(Context ctx, String text, int defaultLimit) {
        try {
            return new SearchQuery(text, ctx.queryParam("outlet"), date(ctx, "from"), date(ctx, "to"),
                    ctx.queryParam("language"),
                    integer(ctx, "offset", 0, 0, SearchQuery.MAX_OFFSET),
                    integer(ctx, "limit", defaultLimit, 1, SearchQuery.MAX_LIMIT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }
}
