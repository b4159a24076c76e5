package org.storyfold.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One extractor's timed passes over the pages on the calling thread, after an untimed warm-up pass
 * (so that the JIT has compiled it): its bodies, pages per second in its fastest pass (the machine
 * is shared, so the fastest pass is the one least disturbed), pages per CPU second (the thread's
 * CPU time plus the time the JVM spent collecting garbage, so that other processes on the machine
 * do not count), and peak heap in use.
 */
record ExtractorRun(Map<String, String> bodies, double pagesPerSecond, double pagesPerCpuSecond, double peakMb) {

    private static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** This process's peak resident memory (Linux {@code VmHWM}) in MB, or "?" where the system does not say. */
    static String peakResidentMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return Long.toString(kb / 1024);
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // Not Linux, or a format this reader does not know: the figure is simply not shown.
        }
        return "?";
    }

    static ExtractorRun measure(BodyExtractor extractor, List<ExtractionDev.Page> pages, int passes) {
        for (ExtractionDev.Page page : pages) {
            extractor.body(page.html(), page.url());
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<String, String> bodies = new HashMap<>();
        double seconds = Double.MAX_VALUE;
        double cpuSeconds = Double.MAX_VALUE;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < passes; pass++) {
            long gcStart = gcMillis();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (ExtractionDev.Page page : pages) {
                bodies.put(page.id(), extractor.body(page.html(), page.url()));
            }
            seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
            cpuSeconds = Math.min(cpuSeconds, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9
                    + (gcMillis() - gcStart) / 1e3);
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new ExtractorRun(bodies, pages.size() / seconds, pages.size() / cpuSeconds, peak / 1048576.0);
    }
}
