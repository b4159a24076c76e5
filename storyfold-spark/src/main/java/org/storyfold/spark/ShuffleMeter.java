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

    long written() {
        return written.get();
    }

    long read() {
        return read.get();
    }
}
