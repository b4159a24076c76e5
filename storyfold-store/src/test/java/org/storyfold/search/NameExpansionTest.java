package org.storyfold.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NameExpansionTest {

    private static final List<Set<String>> ENTITIES = List.of(Set.of("Raqa", "Raqqa"),
            Set.of("Islamic State", "IS", "ISIS", "Daesh"));

    private static final Function<String, Set<String>> NAMES = name -> ENTITIES.stream()
            .filter(e -> e.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))))
            .findFirst().orElse(Set.of());

    @Test
    void widensAKnownNameToEveryNameOfItsEntity() {
        String q = NameExpansion.expand("Raqqa surrender", NAMES);
        assertThat(q).startsWith("(").contains("\"Raqa\"").contains("\"Raqqa\"").endsWith(") surrender");
    }

    @Test
    void prefersTheLongestNameAndLeavesSyntaxAlone() {
        String q = NameExpansion.expand("islamic state -Raqa \"Raqqa falls\" Raq*", NAMES);
        assertThat(q).contains("\"Daesh\"").contains("\"IS\"")
                .endsWith(" -Raqa \"Raqqa falls\" Raq*");
    }

    @Test
    void widensAnAcronymOnlyWhenWrittenInCapitals() {
        assertThat(NameExpansion.expand("IS fighters", NAMES)).contains("\"Islamic State\"");
        assertThat(NameExpansion.expand("what is left", NAMES)).isEqualTo("what is left");
    }
}
