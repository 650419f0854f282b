package org.imagingledger.application.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to deliver a message: when, how long it took, the receiver's status and any error. */
@Entity
@Table(name = "outbox_attempt", indexes = @Index(name = "outbox_attempt_message", columnList = "message_id, number"))
public class OutboxAttempt {

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "message_id", nullable = false, length = 64)
    private String messageId;

    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    /** The HTTP status (webhooks) or the SMTP reply code when there was one. */
    @Column(name = "status_code")
    private Integer statusCode;

    private boolean delivered;

    @Column(length = 1000)
    private String error;

    /** The first bytes of the receiver's answer, for the subscriber to debug with. */
    @Column(name = "response_excerpt", length = 1000)
    private String responseExcerpt;

    /** The ledger instance that made the attempt. */
    @Column(nullable = false, length = 64)
    private String instance;

    protected OutboxAttempt() {}

    OutboxAttempt(
            String id,
            String messageId,
            int number,
            Instant startedAt,
            long latencyMs,
            Integer statusCode,
            boolean delivered,
            String error,
            String responseExcerpt,
            String instance) {
        this.id = id;
        this.messageId = messageId;
        this.number = number;
        this.startedAt = startedAt;
        this.latencyMs = latencyMs;
        this.statusCode = statusCode;
        this.delivered = delivered;
        this.error = Outbox.clip(error, 1000);
        this.responseExcerpt = Outbox.clip(responseExcerpt, 1000);
        this.instance = instance;
    }

    public String getMessageId() {
        return messageId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getLatencyMs() {
        return latencyMs;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public boolean isDelivered() {
        return delivered;
    }

    public String getError() {
        return error;
    }

    public String getResponseExcerpt() {
        return responseExcerpt;
    }

    public String getInstance() {
        return instance;
    }
}
