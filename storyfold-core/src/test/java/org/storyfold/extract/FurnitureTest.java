package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole-line furniture as real pages print it, and article sentences that only look like it. */
class FurnitureTest {

    @Test
    void namesThePageFurnitureLinesOfNewsSites() {
        assertThat(BlockCleaner.furnitureReason("By Justine Coleman - 11/18/19 11:04 PM EST")).isEqualTo("byline");
        assertThat(BlockCleaner.furnitureReason("By Tess Bonn and Morgan Gstalter")).isEqualTo("byline");
        assertThat(BlockCleaner.furnitureReason("Updated at 1:23 p.m.")).isEqualTo("date line");
        assertThat(BlockCleaner.furnitureReason("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago")).isEqualTo("date line");
        assertThat(BlockCleaner.furnitureReason("Caption")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("1 of 6")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("This slideshow requires JavaScript.")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("<img height=\"1\" width=\"1\" src=\"https://example.com/p.gif\">")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("© 2019 Associated Press. All Rights Reserved.")).isEqualTo("copyright notice");
        assertThat(BlockCleaner.furnitureReason("You may also like...")).isEqualTo("related links");
        assertThat(BlockCleaner.furnitureReason("Filed under: Khawarij |")).isEqualTo("related links");
        assertThat(BlockCleaner.furnitureReason("Anzeige")).isEqualTo("share or subscribe furniture");
        assertThat(BlockCleaner.furnitureReason("Tempo de leitura: 1 minuto")).isEqualTo("share or subscribe furniture");
    }

    @Test
    void leavesArticleSentencesThatMentionTheSameWords() {
        assertThat(BlockCleaner.furnitureReason("By Tuesday, the coalition said, most civilians had left the old city.")).isNull();
        assertThat(BlockCleaner.furnitureReason("Published in 1998, the book sold two million copies.")).isNull();
        assertThat(BlockCleaner.furnitureReason("<The Palace: Jang Noksu>")).isNull();
        assertThat(BlockCleaner.furnitureReason("More than 300 Indians were deported on October 18.")).isNull();
        assertThat(BlockCleaner.furnitureReason("Close to 90 percent of the city is now held by the SDF.")).isNull();
    }
}
