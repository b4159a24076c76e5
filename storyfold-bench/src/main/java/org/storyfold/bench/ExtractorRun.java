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
 * is shared, so the fastest pass is the one least disturbed), and peak heap in use.
 */
record ExtractorRun(Map<String, String> bodies, double pagesPerSecond, double peakMb) {

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
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (ExtractionDev.Page page : pages) {
                bodies.put(page.id(), extractor.body(page.html(), page.url()));
            }
            seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new ExtractorRun(bodies, pages.size() / seconds, peak / 1048576.0);
    }
}
