package org.storyfold.synth;

import java.util.List;

/**
 * A person, place or organisation a story mentions, with every name its sources use for it.
 *
 * @param name     the name the brief uses: the long form an acronym stands for, else the fullest
 *                 and most printed spelling
 * @param type     {@code person}, {@code place} or {@code organisation}, or null when the text gives
 *                 no evidence of which
 * @param aliases  the other names and spellings found for it, most printed first
 * @param mentions how many times the story's articles mention it under any of its names
 */
public record Entity(String name, String type, List<String> aliases, int mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
    }

    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String ORGANISATION = "organisation";
}
