package org.storyfold.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time of this process's JIT compilers and garbage collector, read from Linux's
 * {@code /proc/self/task}, which no Java API reports, and the rest of the process's CPU. These
 * threads live as long as the JVM; the work's threads (Spark's task threads, the fork-join pool)
 * may end before they are read (a Spark session's stop ends its executor's), so they count in the
 * rest. Empty where {@code /proc} is missing.
 */
final class ThreadCpu {

    /** Kinds of threads, by the start of their name (Linux keeps the first 15 characters). */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("C1 CompilerThre", "jit");
        KINDS.put("C2 CompilerThre", "jit");
        KINDS.put("GC Thread", "gc");
        KINDS.put("G1 ", "gc");
    }

    /** No thread yet: {@code now().since(NONE, ...)} is each kind's CPU since the process started. */
    static final ThreadCpu NONE = new ThreadCpu(Map.of());

    private final Map<Integer, long[]> ticks;

    private ThreadCpu(Map<Integer, long[]> ticks) {
        this.ticks = ticks;
    }

    /** The CPU each live thread has used so far. */
    static ThreadCpu now() {
        Map<Integer, long[]> out = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadCpu(out);
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path t : list.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"), StandardCharsets.UTF_8);
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    // After the name: state is field 3, utime 14 and stime 15 (counted from 1).
                    long used = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    out.put(Integer.parseInt(t.getFileName().toString()), new long[] {kind(name), used});
                } catch (IOException | RuntimeException e) {
                    // The thread ended while being read.
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(out);
        }
        return new ThreadCpu(out);
    }

    private static long kind(String name) {
        int i = 0;
        for (String prefix : KINDS.keySet()) {
            if (name.startsWith(prefix)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /**
     * The CPU seconds each kind of thread used since {@code before} (threads alive at both times, or
     * started since), and under "the rest" the rest of the process's {@code processSeconds}: the
     * work's threads, and those that ended.
     */
    Map<String, Double> since(ThreadCpu before, double processSeconds) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String kind : KINDS.values()) {
            out.putIfAbsent(kind, 0.0);
        }
        double seen = 0;
        String[] kinds = KINDS.values().toArray(new String[0]);
        for (Map.Entry<Integer, long[]> e : ticks.entrySet()) {
            long[] was = before.ticks.get(e.getKey());
            double s = (e.getValue()[1] - (was == null ? 0 : was[1])) / 100.0;
            int kind = (int) e.getValue()[0];
            if (kind >= 0) {
                out.merge(kinds[kind], s, Double::sum);
                seen += s;
            }
        }
        out.put("the rest", processSeconds - seen);
        return out;
    }
}
