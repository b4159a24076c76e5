package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link NameSpelling} compares the spellings outlets give one name. */
class NameSpellingTest {

    @Test
    void foldsCaseHyphensAndDoubledLetters() {
        assertThat(NameSpelling.fold("Raqa")).isEqualTo(NameSpelling.fold("Raqqa"));
        assertThat(NameSpelling.fold("Al-Qaida")).isEqualTo(NameSpelling.fold("al Qaida"));
        assertThat(NameSpelling.fold("Raqqa")).isNotEqualTo(NameSpelling.fold("Mayadeen"));
    }

    @Test
    void transliteratedVowelsShareASkeleton() {
        assertThat(NameSpelling.skeleton("Medvedev")).isEqualTo(NameSpelling.skeleton("Medvedyev"));
    }

    @Test
    void jaroWinklerRanksCloseSpellingsAboveOtherNames() {
        double close = NameSpelling.jaroWinkler("Abdel Rahman", "Abdulrahman");
        double other = NameSpelling.jaroWinkler("Abdel Rahman", "Omar Alloush");
        assertThat(close).isGreaterThan(0.8);
        assertThat(other).isLessThan(close);
        assertThat(NameSpelling.jaroWinkler("Kobane", "Kobane")).isEqualTo(1.0);
    }
}
