package org.storyfold.bench.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the peak Java heap in use while a piece of work runs, by sampling every 20 ms from a
 * daemon thread (garbage not yet collected counts: it is what the heap had to hold), and the CPU
 * time the process spends meanwhile (all its threads: on a machine shared with other work, CPU
 * seconds compare better than wall seconds). Starts after a full collection and counts only what
 * the heap holds beyond what it held then, so that earlier work (a corpus's gold) does not count.
 * Not reusable.
 */
final class HeapMeter implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;
    private final long cpuStart;
    private final long base;

    HeapMeter() {
        System.gc();
        cpuStart = cpu();
        base = used();
        peak = base;
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

    /** The peak heap in use so far beyond what was in use at the start, in bytes. */
    long peak() {
        return Math.max(peak, used()) - base;
    }

    /** CPU seconds the process has spent since the meter started. */
    double cpuSeconds() {
        return (cpu() - cpuStart) / 1e9;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The heap in use after a full collection beyond what was in use at the start: what the work still holds. */
    long live() {
        System.gc();
        return used() - base;
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
