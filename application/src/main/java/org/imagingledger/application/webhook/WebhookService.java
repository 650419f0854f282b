package org.imagingledger.application.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingledger.application.outbox.Channel;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.outbox.OutboxStatus;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PublicUrl;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints and their deliveries. A node manages its own endpoints; a governance admin
 * manages every endpoint, registers them on a node's behalf, and registers ledger-wide
 * subscribers. The secret is shown once, when made (registration or rotation).
 */
@Service
public class WebhookService {

    private final WebhookEndpointRepository endpoints;
    private final Outbox outbox;
    private final CatalogueQueries catalogue;
    private final WebhookProperties properties;
    private final ApplicationEventPublisher events;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookService(
            WebhookEndpointRepository endpoints,
            Outbox outbox,
            CatalogueQueries catalogue,
            WebhookProperties properties,
            ApplicationEventPublisher events,
            PublicUrl publicUrl,
            ObjectMapper json,
            Clock clock) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.properties = properties;
        this.events = events;
        this.publicUrl = publicUrl;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a subscriber asks for. {@code nodeId}: the node whose events it receives (a node's own
     * is implied); none, for a governance admin, makes a ledger-wide subscriber named {@code subscriber}.
     */
    public record EndpointForm(
            String url, List<String> eventTypes, String description, String nodeId, String subscriber) {}

    /** An endpoint and, right after registration or rotation, its secret (shown this once). */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {}

    public List<String> eventTypes() {
        return java.util.Arrays.stream(WebhookEventType.values())
                .map(WebhookEventType::wire)
                .toList();
    }

    @Transactional
    public WithSecret register(EndpointForm form, Caller caller) {
        requireManager(caller);
        Instant now = clock.instant();
        String nodeId;
        String subscriber;
        if (caller.isNode()) {
            if (form.nodeId() != null
                    && !form.nodeId().isBlank()
                    && !form.nodeId().equals(caller.nodeId())) {
                throw CommandRejected.forbidden(
                        ErrorCodes.NOT_YOURS, "a node registers endpoints for itself only", form.nodeId());
            }
            nodeId = caller.nodeId();
            subscriber = nodeId;
        } else if (form.nodeId() != null && !form.nodeId().isBlank()) {
            nodeId = form.nodeId().strip();
            if (catalogue.node(nodeId).isEmpty()) {
                throw CommandRejected.unprocessable(
                        "nodeId", ErrorCodes.UNKNOWN_REFERENCE, "names no registered node", nodeId);
            }
            subscriber = nodeId;
        } else {
            nodeId = null;
            Violations.check()
                    .text("subscriber", form.subscriber(), Limits.NAME)
                    .orReject();
            subscriber = form.subscriber().strip();
        }
        List<String> types = checked(form);
        long existing = nodeId != null
                ? endpoints.countByNodeId(nodeId)
                : endpoints.countBySubscriberAndNodeIdIsNull(subscriber);
        if (existing >= properties.maxEndpoints()) {
            throw CommandRejected.state(
                    ErrorCodes.TOO_MANY_ENDPOINTS,
                    subscriber + " already has " + existing + " endpoints, the most one subscriber may have",
                    properties.maxEndpoints());
        }
        String secret = StandardWebhooks.newSecret();
        WebhookEndpoint endpoint = endpoints.save(new WebhookEndpoint(
                "ep_" + UUID.randomUUID().toString().replace("-", ""),
                nodeId,
                subscriber,
                form.url().strip(),
                form.description(),
                types,
                secret,
                caller.name(),
                now));
        return new WithSecret(endpoint, secret);
    }

    /** The endpoints the caller may see: a node its own, a governance admin all (or one node's). */
    @Transactional(readOnly = true)
    public List<WebhookEndpoint> visible(Caller caller, String nodeFilter) {
        requireManager(caller);
        if (caller.isNode()) {
            return endpoints.findByNodeIdOrderByCreatedAtAsc(caller.nodeId());
        }
        if (nodeFilter != null && !nodeFilter.isBlank()) {
            return endpoints.findByNodeIdOrderByCreatedAtAsc(nodeFilter);
        }
        return endpoints.findAllByOrderBySubscriberAscCreatedAtAsc();
    }

    @Transactional(readOnly = true)
    public WebhookEndpoint endpoint(String id, Caller caller) {
        requireManager(caller);
        WebhookEndpoint endpoint =
                endpoints.findById(id).orElseThrow(() -> CommandRejected.notFound("webhook endpoint", id));
        if (caller.isNode() && !caller.nodeId().equals(endpoint.getNodeId())) {
            throw CommandRejected.notFound("webhook endpoint", id);
        }
        return endpoint;
    }

    @Transactional
    public WebhookEndpoint update(String id, EndpointForm form, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        List<String> types = checked(form);
        endpoint.change(form.url().strip(), form.description(), types, clock.instant());
        return endpoints.save(endpoint);
    }

    @Transactional
    public WithSecret rotateSecret(String id, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        Instant now = clock.instant();
        String secret = StandardWebhooks.newSecret();
        endpoint.rotate(secret, now.plus(properties.rotationGrace()), now);
        return new WithSecret(endpoints.save(endpoint), secret);
    }

    /** Enables the endpoint; the messages held while it was disabled go out now. */
    @Transactional
    public WebhookEndpoint enable(String id, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        endpoint.enable(clock.instant());
        outbox.release(Channel.WEBHOOK, id);
        return endpoint;
    }

    /** Disables the endpoint; new and waiting messages are held (not lost) until it is enabled. */
    @Transactional
    public WebhookEndpoint disable(String id, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        endpoint.disable("disabled by " + caller.name(), clock.instant());
        outbox.hold(Channel.WEBHOOK, id);
        return endpoint;
    }

    /** Deletes the endpoint; what was still waiting for it is cancelled, the delivery history stays. */
    @Transactional
    public void delete(String id, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        outbox.cancel(Channel.WEBHOOK, id, "the endpoint was deleted by " + caller.name());
        endpoints.delete(endpoint);
    }

    /** The latest deliveries to the endpoint, newest first, each with its attempts. */
    @Transactional(readOnly = true)
    public List<Outbox.Sent> deliveries(String id, Collection<OutboxStatus> statuses, int limit, Caller caller) {
        endpoint(id, caller);
        return outbox.messagesTo(Channel.WEBHOOK, id, statuses, Math.max(1, Math.min(limit, 500)));
    }

    /** Sends one delivery again now with a fresh retry schedule (the same webhook-id and body). */
    @Transactional
    public void redeliver(String id, String messageId, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        Outbox.Sent sent = outbox.message(messageId)
                .filter(s -> s.message().getChannel() == Channel.WEBHOOK
                        && s.message().getTarget().equals(id))
                .orElseThrow(() -> CommandRejected.notFound("delivery", messageId));
        if (sent.message().getStatus() == OutboxStatus.PENDING) {
            throw CommandRejected.state(
                    ErrorCodes.ALREADY_QUEUED, "delivery " + messageId + " is already waiting for its next attempt");
        }
        outbox.redeliver(messageId, !endpoint.isEnabled());
    }

    /** Sends every failed delivery of the endpoint again; returns how many. */
    @Transactional
    public int redeliverFailed(String id, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        List<Outbox.Sent> failed = outbox.messagesTo(Channel.WEBHOOK, id, List.of(OutboxStatus.FAILED), 500);
        failed.forEach(s -> outbox.redeliver(s.message().getId(), !endpoint.isEnabled()));
        return failed.size();
    }

    /** Queues a {@code webhook.test} message to the endpoint; returns its id. */
    @Transactional
    public String sendTest(String id, Caller caller) {
        WebhookEndpoint endpoint = endpoint(id, caller);
        Instant now = clock.instant();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", id);
        data.put("subscriber", endpoint.getSubscriber());
        data.put("requestedBy", caller.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", WebhookEventType.TEST);
        body.put("timestamp", now.toString());
        body.put("data", data);
        body.put("links", Map.of("endpoint", publicUrl.of("/api/v1/webhooks/" + id)));
        return outbox.enqueue(new Outbox.Envelope(
                Channel.WEBHOOK, id, WebhookEventType.TEST, null, id, write(body), now, !endpoint.isEnabled()));
    }

    /** The ledger gives up on the endpoint: disabled, its waiting messages held, the people concerned told. */
    @Transactional
    public void disableAfterFailure(String id, String reason) {
        endpoints.findById(id).filter(WebhookEndpoint::isEnabled).ifPresent(endpoint -> {
            endpoint.disable(reason, clock.instant());
            outbox.hold(Channel.WEBHOOK, id);
            events.publishEvent(new WebhookEndpointDisabled(
                    id, endpoint.getNodeId(), endpoint.getSubscriber(), endpoint.getUrl(), reason));
        });
    }

    private List<String> checked(EndpointForm form) {
        WebhookUrls.check("url", form.url(), properties.allowLoopback());
        Violations violations = Violations.check()
                .notEmpty("eventTypes", form.eventTypes())
                .optionalText("description", form.description(), Limits.NOTE);
        List<String> types = new ArrayList<>();
        if (form.eventTypes() != null) {
            violations.noDuplicates("eventTypes", form.eventTypes());
            for (int i = 0; i < form.eventTypes().size(); i++) {
                String type = form.eventTypes().get(i);
                if (type == null || WebhookEventType.ofWire(type.strip()).isEmpty()) {
                    violations.add(
                            "eventTypes[" + i + "]",
                            ErrorCodes.UNKNOWN_WEBHOOK_EVENT,
                            "is not an event type: " + String.join(", ", eventTypes()),
                            type);
                } else {
                    types.add(type.strip());
                }
            }
        }
        violations.orReject();
        return types;
    }

    private static void requireManager(Caller caller) {
        if (!caller.isNode() && !caller.has(Role.GOVERNANCE_ADMIN)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.ROLE_FORBIDS, "webhook endpoints are managed by their node or a governance admin");
        }
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
