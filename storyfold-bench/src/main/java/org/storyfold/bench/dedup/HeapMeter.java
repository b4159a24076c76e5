package org.storyfold.bench.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the peak Java heap in use while a piece of work runs, by sampling every 20 ms from a
 * daemon thread (garbage not yet collected counts: it is what the heap had to hold). Start it
 * after a full collection so that earlier work's garbage does not count. Not reusable.
 */
final class HeapMeter implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    HeapMeter() {
        System.gc();
        peak = used();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The peak heap in use so far, in bytes. */
    long peak() {
        return Math.max(peak, used());
    }

    /** The heap in use after a full collection: what the work still holds. */
    long live() {
        System.gc();
        return used();
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
