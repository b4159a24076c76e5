package org.storyfold.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyPostingsTest {

    @Test
    void keepsEveryPostingUpToTheCapThroughGrowthAndASaveAndLoad() throws IOException {
        KeyPostings p = new KeyPostings(4);
        SplittableRandom random = new SplittableRandom(7);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
            p.add(keys[i], i);
        }
        for (int d = 0; d < 6; d++) {
            p.add(keys[0], 100_000 + d);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.write(new DataOutputStream(bytes));
        KeyPostings loaded = KeyPostings.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (KeyPostings table : new KeyPostings[] {p, loaded}) {
            int[] docs = new int[4];
            assertThat(table.documents(keys[0], docs)).isEqualTo(4);
            assertThat(docs).containsExactly(0, 100_000, 100_001, 100_002);
            assertThat(table.saturated(keys[0])).isTrue();
            for (int i = 1; i < keys.length; i += 997) {
                assertThat(table.documents(keys[i], docs)).isEqualTo(1);
                assertThat(docs[0]).isEqualTo(i);
            }
            assertThat(table.count(random.nextLong())).isZero();
            assertThat(table.keys()).isEqualTo(keys.length);
        }
    }
}
