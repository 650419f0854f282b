package org.imagingledger.web.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.outbox.OutboxAttempt;
import org.imagingledger.application.outbox.OutboxMessage;
import org.imagingledger.application.outbox.OutboxStatus;
import org.imagingledger.application.webhook.WebhookEndpoint;

/** The webhook API's bodies. */
final class WebhookDtos {

    private WebhookDtos() {}

    /** Registration and change of an endpoint; nodeId / subscriber for a governance admin only. */
    record EndpointForm(String url, List<String> eventTypes, String description, String nodeId, String subscriber) {}

    record EndpointDto(
            String id,
            String nodeId,
            String subscriber,
            boolean ledgerWide,
            String url,
            String description,
            List<String> eventTypes,
            boolean enabled,
            String disabledReason,
            Instant disabledAt,
            Instant previousSecretUntil,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {

        static EndpointDto of(WebhookEndpoint e) {
            return new EndpointDto(
                    e.getId(),
                    e.getNodeId(),
                    e.getSubscriber(),
                    e.isLedgerWide(),
                    e.getUrl(),
                    e.getDescription(),
                    e.getEventTypes(),
                    e.isEnabled(),
                    e.getDisabledReason(),
                    e.getDisabledAt(),
                    e.getPreviousUntil(),
                    e.getCreatedBy(),
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }

    /** An endpoint with its signing secret: answered once, at registration or rotation. */
    record EndpointWithSecret(EndpointDto endpoint, String secret) {}

    record AttemptDto(
            int number,
            Instant startedAt,
            long latencyMs,
            Integer statusCode,
            boolean delivered,
            String error,
            String responseExcerpt,
            String instance) {

        static AttemptDto of(OutboxAttempt a) {
            return new AttemptDto(
                    a.getNumber(),
                    a.getStartedAt(),
                    a.getLatencyMs(),
                    a.getStatusCode(),
                    a.isDelivered(),
                    a.getError(),
                    a.getResponseExcerpt(),
                    a.getInstance());
        }
    }

    /** One message to the endpoint: its webhook-id, type, body and every attempt. */
    record DeliveryDto(
            String id,
            String type,
            String eventId,
            String reference,
            OutboxStatus status,
            Instant occurredAt,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            String lastError,
            JsonNode body,
            List<AttemptDto> attempts) {

        static DeliveryDto of(Outbox.Sent sent, ObjectMapper json) {
            OutboxMessage m = sent.message();
            JsonNode body;
            try {
                body = json.readTree(m.getPayload());
            } catch (java.io.IOException e) {
                body = json.getNodeFactory().textNode(m.getPayload());
            }
            return new DeliveryDto(
                    m.getId(),
                    m.getEventType(),
                    m.getEventId(),
                    m.getReference(),
                    m.getStatus(),
                    m.getOccurredAt(),
                    m.getCreatedAt(),
                    m.getNextAttemptAt(),
                    m.getDeliveredAt(),
                    m.getLastError(),
                    body,
                    sent.attempts().stream().map(AttemptDto::of).toList());
        }
    }
}
