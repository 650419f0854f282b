package org.imagingledger.application.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of event a webhook endpoint can subscribe to, by their Standard Webhooks type name.
 * A node's endpoint receives those that concern the node; a ledger-wide subscriber's, all.
 */
public enum WebhookEventType {
    /** A consent withdrawal: a notice to a node holding the subject's data (ledger-wide: also to permits). */
    WITHDRAWAL_NOTICE_ISSUED("withdrawal_notice.issued"),
    /** A permit now covers one of the node's datasets. */
    PERMIT_ISSUED("permit.issued"),
    PERMIT_SUSPENDED("permit.suspended"),
    PERMIT_REVOKED("permit.revoked"),
    PERMIT_REINSTATED("permit.reinstated"),
    PERMIT_EXTENDED("permit.extended"),
    PERMIT_EXPIRED("permit.expired"),
    /** A submitted access request names a dataset whose holding node must agree. */
    NODE_DECISION_REQUESTED("access_request.node_decision_requested"),
    /** A policy revision now answers every decision. */
    POLICY_ACTIVATED("policy.activated");

    /** Sent on demand to check an endpoint; never subscribed to. */
    public static final String TEST = "webhook.test";

    private final String wire;

    WebhookEventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<WebhookEventType> ofWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
