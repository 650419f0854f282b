package org.imagingledger.bench;

import java.util.Arrays;

/** Per-client latencies of accepted commands, merged after the run (no locking on the hot path). */
final class Recorder {

    private long[] nanos = new long[1 << 14];
    private int count;

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    static long[] merged(Iterable<Recorder> recorders) {
        int total = 0;
        for (Recorder r : recorders) {
            total += r.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (Recorder r : recorders) {
            System.arraycopy(r.nanos, 0, all, at, r.count);
            at += r.count;
        }
        Arrays.sort(all);
        return all;
    }

    static double percentileMillis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
