package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.TestData;
import org.storyfold.format.JsonFormat;

/**
 * The same pages give the same articles, byte for byte, whatever the load and the number of
 * threads: real pages (metadata-dev, 600 of them) extracted twice, the second time on one thread
 * while another thread keeps a core busy.
 */
class ExtractionDeterminismTest {

    private static final Path PAGES = TestData.root().resolve("../shared/eval/metadata-dev/pages.jsonl.gz").normalize();

    @Test
    void extractsTheSamePagesToTheSameBytesUnderLoadAndOnAnyNumberOfThreads() throws Exception {
        String first = extract(2);
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] load = new Thread[1];
        for (int i = 0; i < load.length; i++) {
            load[i] = new Thread(() -> {
                double x = 0;
                while (!stop.get()) {
                    x += Math.sqrt(x + 1);
                }
            });
            load[i].setDaemon(true);
            load[i].start();
        }
        String second;
        try {
            second = extract(1);
        } finally {
            stop.set(true);
        }
        assertThat(first.lines().count()).isGreaterThanOrEqualTo(590);
        assertThat(second).isEqualTo(first);
    }

    private static String extract(int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                List<Article> articles = new Storyfold(StoryfoldConfig.defaults())
                        .articles(List.of(PAGES), p -> { }, Progress.NONE);
                StringWriter out = new StringWriter();
                for (Article a : articles) {
                    try {
                        JsonFormat.writeArticleLine(a, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return out.toString();
            }).get(10, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
        }
    }
}
