package org.storyfold.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Adds up the bytes every finished task wrote to and read from the shuffle. */
final class ShuffleMeter extends SparkListener {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong read = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
            written.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
            read.addAndGet(end.taskMetrics().shuffleReadMetrics().totalBytesRead());
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
}
