package org.imagingledger.application.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message waiting to leave the ledger (a webhook to one endpoint, an e-mail to one person),
 * written in the transaction of the event that caused it, so that an event and its messages are
 * stored together or not at all. The worker claims due rows, delivers them outside any
 * transaction and records each attempt; a claim is a lease, so the message of an instance that
 * stopped mid-delivery is taken up again by another (at least once).
 */
@Entity
@Table(
        name = "outbox_message",
        indexes = {
            @Index(name = "outbox_message_due", columnList = "status, next_attempt_at"),
            @Index(name = "outbox_message_target", columnList = "channel, target, created_at"),
            @Index(name = "outbox_message_reference", columnList = "reference")
        })
public class OutboxMessage {

    /** Also the webhook-id a receiver de-duplicates on: the same for every attempt. */
    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 16)
    private String channel;

    /** The webhook endpoint's id, or the person's subject id. */
    @Column(nullable = false, length = 128)
    private String target;

    /** The webhook event type (permit.suspended) or the kind of e-mail (permit_ending). */
    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    /** The identifier of the event that caused it, when an event did. */
    @Column(name = "event_id", length = 64)
    private String eventId;

    /** What it is about (a notice, a permit, a request), to find its deliveries from there. */
    @Column(length = 300)
    private String reference;

    /** The exact bytes sent (a webhook's JSON body), or the e-mail's arguments as JSON. */
    @Column(nullable = false, length = Outbox.MAX_PAYLOAD)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 16)
    private String status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** The attempt count when the retry schedule last started (0, or where a manual redelivery began). */
    @Column(name = "retry_base", nullable = false)
    private int retryBase;

    /** Makes a reminder once-only across instances and restarts; null for event messages. */
    @Column(name = "dedupe_key", length = 300, unique = true)
    private String dedupeKey;

    protected OutboxMessage() {}

    OutboxMessage(
            String id,
            Channel channel,
            String target,
            String eventType,
            String eventId,
            String reference,
            String payload,
            Instant occurredAt,
            Instant createdAt,
            boolean held,
            String dedupeKey) {
        this.id = id;
        this.channel = channel.name();
        this.target = target;
        this.eventType = eventType;
        this.eventId = eventId;
        this.reference = reference;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.createdAt = createdAt;
        this.status = held ? OutboxStatus.HELD.name() : OutboxStatus.PENDING.name();
        this.nextAttemptAt = createdAt;
        this.dedupeKey = dedupeKey;
    }

    /** The attempt just made (the count is already raised) was the last: it is delivered. */
    void delivered(Instant at) {
        status = OutboxStatus.DELIVERED.name();
        deliveredAt = at;
        lastError = null;
        nextAttemptAt = null;
        release();
    }

    void failed(String error, Instant next) {
        lastError = Outbox.clip(error, 1000);
        if (next == null) {
            status = OutboxStatus.FAILED.name();
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
        release();
    }

    void cancelled(String why) {
        status = OutboxStatus.CANCELLED.name();
        lastError = Outbox.clip(why, 1000);
        nextAttemptAt = null;
        release();
    }

    void counted() {
        attempts++;
    }

    /** Attempts made since the retry schedule last started. */
    int attemptsInRound() {
        return attempts - retryBase;
    }

    /** Sends it again now with a fresh retry schedule, whatever became of it. */
    void redeliver(Instant now, boolean held) {
        status = held ? OutboxStatus.HELD.name() : OutboxStatus.PENDING.name();
        retryBase = attempts;
        nextAttemptAt = now;
        release();
    }

    void hold() {
        if (getStatus() == OutboxStatus.PENDING) {
            status = OutboxStatus.HELD.name();
        }
    }

    void releaseHeld(Instant now) {
        if (getStatus() == OutboxStatus.HELD) {
            status = OutboxStatus.PENDING.name();
            retryBase = attempts;
            nextAttemptAt = now;
        }
    }

    void claim(String instance, Instant until) {
        claimedBy = instance;
        claimedUntil = until;
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public String getId() {
        return id;
    }

    public Channel getChannel() {
        return Channel.valueOf(channel);
    }

    public String getTarget() {
        return target;
    }

    public String getEventType() {
        return eventType;
    }

    public String getEventId() {
        return eventId;
    }

    public String getReference() {
        return reference;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OutboxStatus getStatus() {
        return OutboxStatus.valueOf(status);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getLastError() {
        return lastError;
    }

    String getClaimedBy() {
        return claimedBy;
    }
}
