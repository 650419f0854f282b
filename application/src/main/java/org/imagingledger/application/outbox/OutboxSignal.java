package org.imagingledger.application.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes the worker when a transaction that queued messages commits, so that it need not wait for its next look. */
@Component
class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits until woken or the time has passed; true when woken. */
    boolean await(Duration atMost) throws InterruptedException {
        boolean woken = permits.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
        permits.drainPermits();
        return woken;
    }
}
