package org.storyfold.synth;

/**
 * One mention of a name in a sentence of a story, with the evidence its context gives of the
 * kind of thing it names.
 *
 * @param article      the article's index in the story
 * @param sentence     the sentence's index in the article
 * @param from         the first token of the name
 * @param to           the token just past the name
 * @param surface      the name as printed, tokens joined by single spaces
 * @param modifier     whether the name only qualifies a word ("US" in "US-led"), so it cannot speak
 * @param person       votes for a person (a title, a role, an appositive)
 * @param organisation votes for an organisation (a keyword, an acronym, "group" after it)
 * @param place        votes for a place (a preposition before, "province" after it)
 */
record Mention(int article, int sentence, int from, int to, String surface, boolean modifier, int person,
               int organisation, int place) {
}
