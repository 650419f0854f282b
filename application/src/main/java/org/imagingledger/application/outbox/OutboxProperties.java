package org.imagingledger.application.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ledger.outbox.*: whether this instance delivers (every instance may: claims keep a message to
 * one of them), how often it looks for due messages when not woken by a commit, how long a claim
 * lasts before another instance may take the message over, how many messages are delivered at
 * once, and the retry schedule: the wait before each attempt after the first. The default spans
 * 23.7 hours in 11 attempts (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h), with
 * ±10% jitter; when it is used up the message has failed (and its webhook endpoint is disabled).
 */
@ConfigurationProperties("ledger.outbox")
public record OutboxProperties(
        Boolean worker, Duration pollInterval, Duration lease, Integer concurrency, List<Duration> retrySchedule) {

    public OutboxProperties {
        worker = worker == null || worker;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        concurrency = concurrency == null ? 4 : Math.max(1, concurrency);
        retrySchedule = retrySchedule == null || retrySchedule.isEmpty()
                ? List.of(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(30),
                        Duration.ofHours(1),
                        Duration.ofHours(2),
                        Duration.ofHours(4),
                        Duration.ofHours(8),
                        Duration.ofHours(8))
                : List.copyOf(retrySchedule);
    }

    /** Attempts in all: the first and one after each wait. */
    public int maxAttempts() {
        return retrySchedule.size() + 1;
    }
}
