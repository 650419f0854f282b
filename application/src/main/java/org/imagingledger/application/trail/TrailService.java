package org.imagingledger.application.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ordered events of one aggregate, read straight from the event store. */
@Service
public class TrailService {

    private final EventStore eventStore;
    private final ObjectMapper json;

    TrailService(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    public record TrailEntry(long sequence, String type, Instant time, String actor, JsonNode payload) {}

    @Transactional(readOnly = true)
    public List<TrailEntry> trail(String aggregateId) {
        List<TrailEntry> entries = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            JsonNode payload = json.valueToTree(event.getPayload());
            String actor = payload.hasNonNull("actor") ? payload.get("actor").asText() : null;
            entries.add(new TrailEntry(
                    event.getSequenceNumber(),
                    event.getPayloadType().getSimpleName(),
                    event.getTimestamp(),
                    actor,
                    payload));
        }
        return entries;
    }
}
