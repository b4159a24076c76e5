package org.storyfold.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Adds up what every finished task cost, from Spark's task metrics: the bytes it wrote to and read
 * from the shuffle, and its CPU time (running, deserialising the task, and the collector's pauses
 * it waited through), in all and by the place in the code that made each stage (Spark's call site:
 * {@code flatMapToPair at SparkDedup.java:83}), so that a run says where its executors' time went.
 */
final class ShuffleMeter extends SparkListener {

    /** What the stages made at one call site cost: executor CPU and GC nanoseconds, shuffle bytes written and read, tasks. */
    record StageCost(String site, long cpuNanos, long gcNanos, long written, long read, long tasks) {
    }

    private static final int CPU = 0;
    private static final int GC = 1;
    private static final int WRITTEN = 2;
    private static final int READ = 3;
    private static final int TASKS = 4;

    private final AtomicLongArray total = new AtomicLongArray(5);
    private final AtomicLong stagesDone = new AtomicLong();
    private final Map<String, AtomicLongArray> bySite = new ConcurrentHashMap<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics m = end.taskMetrics();
        if (m != null) {
            total.addAndGet(CPU, m.executorCpuTime() + m.executorDeserializeCpuTime());
            total.addAndGet(GC, m.jvmGCTime() * 1_000_000L);
            total.addAndGet(WRITTEN, m.shuffleWriteMetrics().bytesWritten());
            total.addAndGet(READ, m.shuffleReadMetrics().totalBytesRead());
            total.incrementAndGet(TASKS);
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        TaskMetrics m = completed.stageInfo().taskMetrics();
        if (m != null) {
            AtomicLongArray site = bySite.computeIfAbsent(completed.stageInfo().name(), k -> new AtomicLongArray(5));
            site.addAndGet(CPU, m.executorCpuTime() + m.executorDeserializeCpuTime());
            site.addAndGet(GC, m.jvmGCTime() * 1_000_000L);
            site.addAndGet(WRITTEN, m.shuffleWriteMetrics().bytesWritten());
            site.addAndGet(READ, m.shuffleReadMetrics().totalBytesRead());
            site.addAndGet(TASKS, completed.stageInfo().numTasks());
        }
        stagesDone.incrementAndGet();
    }

    /** Waits (a few seconds at most) until the finished tasks' reports, delivered apart from the jobs, stop arriving. */
    void settle() {
        long seen = -1;
        for (int i = 0; i < 50 && seen != total.get(TASKS) + stagesDone.get(); i++) {
            seen = total.get(TASKS) + stagesDone.get();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long written() {
        return total.get(WRITTEN);
    }

    long read() {
        return total.get(READ);
    }

    /** The executors' CPU nanoseconds in tasks so far. */
    long cpuNanos() {
        return total.get(CPU);
    }

    long tasks() {
        return total.get(TASKS);
    }

    /** The call sites whose stages cost the most executor CPU or wrote the most to the shuffle, most CPU first. */
    List<StageCost> largest(int n) {
        List<StageCost> out = new ArrayList<>();
        bySite.forEach((k, v) -> out.add(new StageCost(k, v.get(CPU), v.get(GC), v.get(WRITTEN), v.get(READ), v.get(TASKS))));
        List<StageCost> byCpu = new ArrayList<>(out);
        byCpu.sort((a, b) -> Long.compare(b.cpuNanos(), a.cpuNanos()));
        List<StageCost> byBytes = new ArrayList<>(out);
        byBytes.sort((a, b) -> Long.compare(b.written(), a.written()));
        List<StageCost> top = new ArrayList<>(byCpu.subList(0, Math.min(n, byCpu.size())));
        for (StageCost c : byBytes.subList(0, Math.min(n / 2, byBytes.size()))) {
            if (!top.contains(c)) {
                top.add(c);
            }
        }
        return top;
    }
}
