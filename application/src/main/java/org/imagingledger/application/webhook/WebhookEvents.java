package org.imagingledger.application.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.imagingledger.application.outbox.Channel;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.shared.PublicUrl;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.imagingledger.domain.permit.api.PermitExpired;
import org.imagingledger.domain.permit.api.PermitExtended;
import org.imagingledger.domain.permit.api.PermitIssued;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.imagingledger.domain.permit.api.PermitRevoked;
import org.imagingledger.domain.permit.api.PermitSuspended;
import org.imagingledger.domain.policy.api.PolicyBundleActivated;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.ConsentView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.stereotype.Component;

/**
 * Turns events into webhook messages, one per subscribed endpoint, in the outbox. It runs in a
 * subscribing processor, inside the command's unit of work and so in its transaction: an event is
 * stored with its messages or not at all, and a failure here fails the command. The body is the
 * Standard Webhooks shape ({@code type}, {@code timestamp} of the event, {@code data}) with the
 * API links to act on it.
 */
@Component
@ProcessingGroup("webhooks")
class WebhookEvents {

    private final WebhookEndpointRepository endpoints;
    private final Outbox outbox;
    private final CatalogueQueries catalogue;
    private final PermitQueries permits;
    private final ConsentQueries consents;
    private final PublicUrl url;
    private final ObjectMapper json;

    WebhookEvents(
            WebhookEndpointRepository endpoints,
            Outbox outbox,
            CatalogueQueries catalogue,
            PermitQueries permits,
            ConsentQueries consents,
            PublicUrl url,
            ObjectMapper json) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.permits = permits;
        this.consents = consents;
        this.url = url;
        this.json = json;
    }

    @EventHandler
    void on(WithdrawalNoticeIssued e, @MessageIdentifier String eventId) {
        boolean toNode = e.recipientKind() == RecipientKind.NODE;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", e.noticeId());
        data.put("consentId", e.consentId());
        data.put("recipientKind", e.recipientKind().name());
        data.put("recipientId", e.recipientId());
        if (toNode) {
            // the node needs the subject's pseudonym (its own) to take the data out of use
            data.put(
                    "pseudonym",
                    consents.consent(e.consentId())
                            .map(ConsentView::getPseudonym)
                            .orElse(null));
        } else {
            data.put("holder", e.addressee());
        }
        data.put("datasets", e.datasets());
        data.put("issuedAt", e.at().toString());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("acknowledge", url.of("/api/v1/withdrawal-notices/" + e.noticeId() + "/acknowledge"));
        links.put("pending", url.of("/api/v1/withdrawal-notices?pending=true"));
        if (toNode) {
            links.put("consent", url.of("/api/v1/consents/" + e.consentId()));
        } else {
            links.put("permit", url.of("/api/v1/permits/" + e.recipientId()));
        }
        publish(
                WebhookEventType.WITHDRAWAL_NOTICE_ISSUED,
                toNode ? Set.of(e.recipientId()) : Set.of(),
                eventId,
                e.noticeId(),
                e.at(),
                data,
                links);
    }

    @EventHandler
    void on(PermitIssued e, @MessageIdentifier String eventId) {
        Map<String, Object> data = permitData(e.permitId(), "ACTIVE", e.datasets(), e.validUntil());
        data.put("validFrom", e.validFrom().toString());
        data.put("operations", e.operations());
        data.put("requestId", e.requestId());
        publishPermit(WebhookEventType.PERMIT_ISSUED, e.permitId(), e.datasets(), eventId, e.at(), data);
    }

    @EventHandler
    void on(PermitSuspended e, @MessageIdentifier String eventId) {
        permitEvent(WebhookEventType.PERMIT_SUSPENDED, e.permitId(), "SUSPENDED", e.reason(), eventId, e.at(), null);
    }

    @EventHandler
    void on(PermitRevoked e, @MessageIdentifier String eventId) {
        permitEvent(WebhookEventType.PERMIT_REVOKED, e.permitId(), "REVOKED", e.reason(), eventId, e.at(), null);
    }

    @EventHandler
    void on(PermitReinstated e, @MessageIdentifier String eventId) {
        permitEvent(WebhookEventType.PERMIT_REINSTATED, e.permitId(), "ACTIVE", null, eventId, e.at(), null);
    }

    @EventHandler
    void on(PermitExtended e, @MessageIdentifier String eventId) {
        permitEvent(
                WebhookEventType.PERMIT_EXTENDED,
                e.permitId(),
                null,
                e.reason(),
                eventId,
                e.at(),
                Map.of(
                        "previousValidUntil",
                        e.previousValidUntil().toString(),
                        "validUntil",
                        e.validUntil().toString()));
    }

    @EventHandler
    void on(PermitExpired e, @MessageIdentifier String eventId) {
        permitEvent(WebhookEventType.PERMIT_EXPIRED, e.permitId(), "EXPIRED", null, eventId, e.at(), null);
    }

    @EventHandler
    void on(AccessRequestSubmitted e, @MessageIdentifier String eventId) {
        nodeDecisions(e.requestId(), e.nodeApprovals(), e.deadline(), eventId, e.at());
    }

    @EventHandler
    void on(AccessRequestResubmitted e, @MessageIdentifier String eventId) {
        nodeDecisions(e.requestId(), e.nodeApprovals(), e.deadline(), eventId, e.at());
    }

    @EventHandler
    void on(PolicyBundleActivated e, @MessageIdentifier String eventId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("revision", e.revision());
        data.put("previousRevision", e.previousRevision());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("policy", url.of("/api/v1/policy-bundles/" + e.revision()));
        links.put("bundle", url.of("/api/v1/policy-bundles/" + e.revision() + "/bundle.tar.gz"));
        publish(WebhookEventType.POLICY_ACTIVATED, null, eventId, e.revision(), e.at(), data, links);
    }

    /** One message per node that must answer, naming only that node's datasets. */
    private void nodeDecisions(
            String requestId, Map<String, String> nodeApprovals, Instant deadline, String eventId, Instant at) {
        if (nodeApprovals == null || nodeApprovals.isEmpty()) {
            return;
        }
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        nodeApprovals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> byNode.computeIfAbsent(entry.getValue(), n -> new java.util.ArrayList<>())
                        .add(entry.getKey()));
        byNode.forEach((node, datasets) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("requestId", requestId);
            data.put("nodeId", node);
            data.put("datasets", datasets);
            data.put("deadline", deadline == null ? null : deadline.toString());
            Map<String, Object> links = new LinkedHashMap<>();
            links.put("request", url.of("/api/v1/access-requests/" + requestId));
            links.put("decide", url.of("/api/v1/access-requests/" + requestId + "/node-decisions"));
            publish(WebhookEventType.NODE_DECISION_REQUESTED, Set.of(node), eventId, requestId, at, data, links);
        });
    }

    private void permitEvent(
            WebhookEventType type,
            String permitId,
            String status,
            String reason,
            String eventId,
            Instant at,
            Map<String, Object> extra) {
        PermitView permit = permits.permit(permitId).orElse(null);
        List<String> datasets = permit == null ? List.of() : permit.getDatasets();
        Map<String, Object> data = permitData(
                permitId,
                status != null
                        ? status
                        : permit == null ? null : permit.getStatus().name(),
                datasets,
                permit == null ? null : permit.getValidUntil());
        if (reason != null) {
            data.put("reason", reason);
        }
        if (extra != null) {
            data.putAll(extra);
        }
        publishPermit(type, permitId, datasets, eventId, at, data);
    }

    private Map<String, Object> permitData(String permitId, String status, List<String> datasets, Instant until) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("permitId", permitId);
        data.put("status", status);
        data.put("datasets", datasets);
        data.put("validUntil", until == null ? null : until.toString());
        return data;
    }

    private void publishPermit(
            WebhookEventType type,
            String permitId,
            Collection<String> datasets,
            String eventId,
            Instant at,
            Map<String, Object> data) {
        Set<String> nodes = new LinkedHashSet<>();
        for (String dataset : datasets) {
            catalogue.dataset(dataset).ifPresent(d -> nodes.add(d.getNodeId()));
        }
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("permit", url.of("/api/v1/permits/" + permitId));
        publish(type, nodes, eventId, permitId, at, data, links);
    }

    /** Queues the message for every endpoint of the type: ledger-wide ones, and those of the nodes (null: every node). */
    private void publish(
            WebhookEventType type,
            Set<String> nodes,
            String eventId,
            String reference,
            Instant at,
            Map<String, Object> data,
            Map<String, Object> links) {
        List<WebhookEndpoint> targets = endpoints.findAll().stream()
                .filter(ep -> ep.receives(type.wire()))
                .filter(ep -> ep.isLedgerWide() || nodes == null || nodes.contains(ep.getNodeId()))
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wire());
        body.put("timestamp", at.toString());
        body.put("data", data);
        body.put("links", links);
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (WebhookEndpoint endpoint : targets) {
            outbox.enqueue(new Outbox.Envelope(
                    Channel.WEBHOOK,
                    endpoint.getId(),
                    type.wire(),
                    eventId,
                    reference,
                    payload,
                    at,
                    !endpoint.isEnabled()));
        }
    }
}
