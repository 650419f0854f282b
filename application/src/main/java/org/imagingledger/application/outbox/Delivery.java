package org.imagingledger.application.outbox;

import java.time.Duration;

/**
 * How one attempt ended. DELIVERED: the receiver took it. FAILED: try again later (after
 * {@code retryAfter} when the receiver asked for a pause). GONE: the receiver will never take it
 * (HTTP 410): no more attempts. CANCELLED: there is nothing to send any more.
 */
public record Delivery(Outcome outcome, Integer statusCode, String error, String responseExcerpt, Duration retryAfter) {

    public enum Outcome {
        DELIVERED,
        FAILED,
        GONE,
        CANCELLED
    }

    public static Delivery delivered(Integer statusCode, String responseExcerpt) {
        return new Delivery(Outcome.DELIVERED, statusCode, null, responseExcerpt, null);
    }

    public static Delivery failed(Integer statusCode, String error, String responseExcerpt, Duration retryAfter) {
        return new Delivery(Outcome.FAILED, statusCode, error, responseExcerpt, retryAfter);
    }

    public static Delivery failed(String error) {
        return failed(null, error, null, null);
    }

    public static Delivery gone(Integer statusCode, String error, String responseExcerpt) {
        return new Delivery(Outcome.GONE, statusCode, error, responseExcerpt, null);
    }

    public static Delivery cancelled(String why) {
        return new Delivery(Outcome.CANCELLED, null, why, null, null);
    }
}
