package org.imagingledger.web.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.outbox.OutboxAttempt;
import org.imagingledger.application.outbox.OutboxMessage;

/**
 * One delivery as the endpoint page shows it: the message, its attempts, and the body's data as
 * (name, value) pairs, never raw JSON.
 */
record DeliveryRow(OutboxMessage message, List<OutboxAttempt> attempts, List<Map.Entry<String, String>> data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static DeliveryRow of(Outbox.Sent sent) {
        List<Map.Entry<String, String>> data = new ArrayList<>();
        try {
            JsonNode body = JSON.readTree(sent.message().getPayload()).path("data");
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                data.add(Map.entry(field.getKey(), text(field.getValue())));
            }
        } catch (java.io.IOException e) {
            // an unreadable body shows no data; its attempts still show
        }
        return new DeliveryRow(sent.message(), sent.attempts(), data);
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "—";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(", ", items);
        }
        return value.asText();
    }
}
