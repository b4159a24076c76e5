package org.storyfold.bench.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the peak Java heap in use while a piece of work runs, by sampling every 20 ms from a
 * daemon thread (garbage not yet collected counts: it is what the heap had to hold), and the CPU
 * time the process spends meanwhile (all its threads: on a machine shared with other work, CPU
 * seconds compare better than wall seconds). Starts after a full collection so that earlier
 * work's garbage does not count. Not reusable.
 */
final class HeapMeter implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;
    private final long cpuStart;

    HeapMeter() {
        System.gc();
        cpuStart = cpu();
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

    /** CPU seconds the process has spent since the meter started. */
    double cpuSeconds() {
        return (cpu() - cpuStart) / 1e9;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
