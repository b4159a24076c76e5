package org.storyfold.synth;

/**
 * Who a sentence attributes its words or claim to.
 *
 * @param name        the entity's name, or the describing phrase as printed ("city official")
 * @param entity      the entity's index in the story's entities, or -1 for a described speaker
 * @param affiliation the organisation the speaker speaks for, when the text says ("spokeswoman
 *                    for the army"), or null
 * @param key         the key under which attributions to one speaker meet: the entity, else the
 *                    word of the description that names whom it speaks for ("coalition" for both
 *                    "Coalition sources" and "the US-led coalition"), as an entity when it is a name
 */
record Speaker(String name, int entity, String affiliation, String key) {

    /** A named speaker. */
    static Speaker named(String name, int entity, String affiliation) {
        return new Speaker(name, entity, affiliation, "#" + entity);
    }

    /** A described speaker, keyed by the last word that is neither a spokesperson noun nor a generic qualifier. */
    static Speaker described(String description, String affiliation, Entities entities) {
        String[] words = description.split(" ");
        String key = null;
        for (int i = words.length - 1; i >= 0 && key == null; i--) {
            for (String part : words[i].split("-")) {
                String lower = part.toLowerCase(java.util.Locale.ROOT);
                if (!SpeechWords.SPOKESPEOPLE.contains(lower) && !SpeechWords.GENERIC_QUALIFIERS.contains(lower)) {
                    int e = entities.indexOf(part);
                    key = e >= 0 ? "#" + e : lower;
                }
            }
        }
        if (key == null) {
            key = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        }
        return new Speaker(description, -1, affiliation, key);
    }
}
