package org.storyfold.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Adds up the bytes every finished task wrote to and read from the shuffle, in all and by the
 * place in the code that made each stage (Spark's call site: {@code flatMapToPair at SparkDedup.java:83}).
 */
final class ShuffleMeter extends SparkListener {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final Map<String, AtomicLong> byStage = new ConcurrentHashMap<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
            written.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
            read.addAndGet(end.taskMetrics().shuffleReadMetrics().totalBytesRead());
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        long bytes = completed.stageInfo().taskMetrics().shuffleWriteMetrics().bytesWritten();
        if (bytes > 0) {
            byStage.computeIfAbsent(completed.stageInfo().name(), k -> new AtomicLong()).addAndGet(bytes);
        }
    }

    /** Waits (a few seconds at most) until the finished tasks' reports, delivered apart from the jobs, stop arriving. */
    void settle() {
        long seen = -1;
        for (int i = 0; i < 50 && seen != written.get(); i++) {
            seen = written.get();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long written() {
        return written.get();
    }

    long read() {
        return read.get();
    }

    /** The stages' call sites that wrote the most, with their bytes, most first. */
    List<Map.Entry<String, Long>> largest(int n) {
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        byStage.forEach((k, v) -> out.add(Map.entry(k, v.get())));
        out.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        return out.subList(0, Math.min(n, out.size()));
    }
}
