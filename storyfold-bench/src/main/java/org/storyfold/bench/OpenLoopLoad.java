package org.storyfold.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends requests at a fixed rate whatever the server's pace (an open loop, as real readers
 * arrive), and measures each one from the moment it was due, not the moment it left, so that a
 * slow server cannot hide its queue (no coordinated omission). One run at a time.
 */
final class OpenLoopLoad {

    /** What one run measured. Latencies in milliseconds. */
    record Result(String name, int requests, int errors, double seconds, double p50, double p90, double p99,
                  double p999, double max) {

        double rate() {
            return requests / seconds;
        }

        String line() {
            return String.format(java.util.Locale.ROOT,
                    "%-12s %7d requests in %5.1f s = %6.0f req/s, %d errors; latency ms: p50 %6.2f  p90 %6.2f"
                            + "  p99 %6.2f  p99.9 %6.2f  max %7.2f",
                    name, requests, seconds, rate(), errors, p50, p90, p99, p999, max);
        }
    }

    private final HttpClient client;
    private final int workers;

    OpenLoopLoad(int workers) {
        this.workers = workers;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds}, request {@code i} to
     * {@code uri.apply(i)}; a request counts as an error unless it is answered 200.
     */
    Result run(String name, double rate, double seconds, IntFunction<URI> uri) throws InterruptedException {
        int n = (int) Math.round(rate * seconds);
        long[] latency = new long[n];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long period = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            URI target = uri.apply(i);
            pool.execute(() -> {
                try {
                    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                            .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                latency[index] = System.nanoTime() - due;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latency);
        return new Result(name, n, errors.get(), elapsed, ms(latency, 0.50), ms(latency, 0.90), ms(latency, 0.99),
                ms(latency, 0.999), latency[n - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
