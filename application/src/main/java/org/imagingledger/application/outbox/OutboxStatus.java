package org.imagingledger.application.outbox;

/**
 * PENDING: waiting for its next attempt. HELD: its webhook endpoint is disabled; it goes out when
 * the endpoint is enabled again. DELIVERED: a receiver took it (2xx, or the mail server accepted
 * it). FAILED: every attempt of the retry schedule failed, or the receiver said it is gone; it can
 * be redelivered by hand. CANCELLED: nothing to send any more (the endpoint was deleted, the
 * person has no e-mail address or turned the kind off).
 */
public enum OutboxStatus {
    PENDING,
    HELD,
    DELIVERED,
    FAILED,
    CANCELLED
}
