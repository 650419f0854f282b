package org.imagingledger.application.outbox;

/**
 * Carries the messages of one channel out of the ledger. {@link #deliver} never throws: every
 * way it can end is a {@link Delivery}, which the worker records as one attempt.
 */
public interface Courier {

    Channel channel();

    /** False when this instance cannot deliver the channel (no SMTP server configured): it leaves those messages to others. */
    default boolean available() {
        return true;
    }

    /** One attempt; {@code attempt} counts from 1. */
    Delivery deliver(OutboxMessage message, int attempt);

    /** The message was delivered (after any number of attempts). */
    default void delivered(OutboxMessage message) {}

    /** The message failed for good: every attempt of the schedule failed, or the receiver is gone. */
    default void gaveUp(OutboxMessage message, Delivery last) {}
}
