package org.storyfold;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The article ids a run has given, in input order, and the rule for an id already taken: the
 * article gets the first free {@code ~2}, {@code ~3}, ... suffix (three inputs with id {@code a}
 * become {@code a}, {@code a~2}, {@code a~3}), reported as a problem. The embedded pipeline and the
 * Spark runner both name articles through it. Not thread-safe.
 */
public final class UniqueIds {

    private final Map<String, String> sourceOfId = new HashMap<>();

    /** The id of the next article in input order, read from {@code source} with its own {@code id}. */
    public String assign(String id, String source, Consumer<Problem> problems) {
        if (sourceOfId.putIfAbsent(id, source) == null) {
            return id;
        }
        int n = 2;
        while (sourceOfId.containsKey(id + "~" + n)) {
            n++;
        }
        String unique = id + "~" + n;
        sourceOfId.put(unique, source);
        problems.accept(new Problem(source, "id \"" + id + "\" is already used by "
                + sourceOfId.get(id) + "; this article is \"" + unique + "\""));
        return unique;
    }
}
