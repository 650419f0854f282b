package org.imagingledger.application.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Where a subscriber wants events pushed: a node's endpoint (events that concern the node) or a
 * ledger-wide subscriber's registered by a governance admin (every event of its types). Kept
 * outside the event log on purpose: it holds a signing secret, which must be replaceable and
 * erasable, and it is configuration, not a governance act.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    @Column(length = 64)
    private String id;

    /** The node whose events it receives; null for a ledger-wide subscriber. */
    @Column(name = "node_id", length = 128)
    private String nodeId;

    /** Who receives: the node's id, or the name an admin gave a ledger-wide subscriber. */
    @Column(nullable = false, length = 200)
    private String subscriber;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(length = 500)
    private String description;

    /** Comma-separated Standard Webhooks type names. */
    @Column(name = "event_types", nullable = false, length = 1000)
    private String eventTypes;

    @Column(nullable = false, length = 100)
    private String secret;

    /** The secret before the last rotation, still signing alongside the new one until previousUntil. */
    @Column(name = "previous_secret", length = 100)
    private String previousSecret;

    @Column(name = "previous_until")
    private Instant previousUntil;

    private boolean enabled;

    @Column(name = "disabled_reason", length = 1000)
    private String disabledReason;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "created_by", nullable = false, length = 140)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WebhookEndpoint() {}

    WebhookEndpoint(
            String id,
            String nodeId,
            String subscriber,
            String url,
            String description,
            List<String> eventTypes,
            String secret,
            String createdBy,
            Instant at) {
        this.id = id;
        this.nodeId = nodeId;
        this.subscriber = subscriber;
        this.secret = secret;
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = at;
        change(url, description, eventTypes, at);
    }

    void change(String url, String description, List<String> eventTypes, Instant at) {
        this.url = url;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.eventTypes = String.join(",", eventTypes);
        this.updatedAt = at;
    }

    void rotate(String newSecret, Instant previousValidUntil, Instant at) {
        this.previousSecret = secret;
        this.previousUntil = previousValidUntil;
        this.secret = newSecret;
        this.updatedAt = at;
    }

    void enable(Instant at) {
        enabled = true;
        disabledReason = null;
        disabledAt = null;
        updatedAt = at;
    }

    void disable(String reason, Instant at) {
        enabled = false;
        disabledReason = reason;
        disabledAt = at;
        updatedAt = at;
    }

    public boolean receives(String type) {
        return getEventTypes().contains(type);
    }

    /** The secrets a message is signed with now: the current one, and the previous during its grace period. */
    List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousUntil != null && now.isBefore(previousUntil)
                ? List.of(secret, previousSecret)
                : List.of(secret);
    }

    public String getId() {
        return id;
    }

    public String getNodeId() {
        return nodeId;
    }

    public boolean isLedgerWide() {
        return nodeId == null;
    }

    public String getSubscriber() {
        return subscriber;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getEventTypes() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getPreviousUntil() {
        return previousUntil;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
