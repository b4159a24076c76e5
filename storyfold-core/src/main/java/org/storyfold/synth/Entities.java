package org.storyfold.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of one story and where each is mentioned: answers which entity a name stands for
 * and which entities a sentence mentions. Immutable after construction.
 */
final class Entities {

    /** A mention with the index of its entity in {@link #list()}. */
    record Resolved(Mention mention, int entity) {
    }

    private final List<Entity> list;
    private final Map<String, Integer> bySurface;
    private final Map<Long, List<Resolved>> bySentence = new HashMap<>();

    Entities(List<Entity> list, Map<String, Integer> bySurface, List<Mention> mentions) {
        this.list = List.copyOf(list);
        this.bySurface = Map.copyOf(bySurface);
        for (Mention m : mentions) {
            Integer e = bySurface.get(m.surface());
            if (e != null) {
                bySentence.computeIfAbsent(key(m.article(), m.sentence()), k -> new ArrayList<>()).add(new Resolved(m, e));
            }
        }
    }

    List<Entity> list() {
        return list;
    }

    Entity get(int index) {
        return list.get(index);
    }

    /** The entity a name stands for, or -1 when the story has no entity of that name. */
    int indexOf(String surface) {
        Integer e = bySurface.get(surface);
        return e == null ? -1 : e;
    }

    /** The mentions in one sentence, in the order they appear. */
    List<Resolved> in(int article, int sentence) {
        return bySentence.getOrDefault(key(article, sentence), List.of());
    }

    private static long key(int article, int sentence) {
        return ((long) article << 32) | sentence;
    }
}
