package org.imagingledger.application.shared;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A caller asked for more than its quota allows (HTTP 429). Nothing was recorded; when the quota
 * refills with time, {@link #retryAfter()} says when to try again.
 */
public class QuotaExceeded extends RuntimeException {

    private final String code;
    private final List<String> args;
    private final Duration retryAfter;

    public QuotaExceeded(String code, String message, Duration retryAfter, Object... args) {
        super(message);
        this.code = code;
        this.retryAfter = retryAfter;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
