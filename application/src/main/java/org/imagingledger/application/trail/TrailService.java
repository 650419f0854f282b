package org.imagingledger.application.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imagingledger.application.consent.SubjectData;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.projections.consent.ConsentQueries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ordered events of one aggregate, read straight from the event store. */
@Service
public class TrailService {

    private final EventStore eventStore;
    private final ObjectMapper json;
    private final ConsentQueries consents;

    TrailService(EventStore eventStore, ObjectMapper json, ConsentQueries consents) {
        this.eventStore = eventStore;
        this.json = json;
        this.consents = consents;
    }

    public record TrailEntry(long sequence, String type, Instant time, String actor, JsonNode payload) {}

    /**
     * One page of an aggregate's events, in order: sequence numbers run 0, 1, 2, … without gaps,
     * so a page is read from its first sequence number on and the total is the last one plus 1.
     */
    @Transactional(readOnly = true)
    public Page<TrailEntry> trail(String aggregateId, PageParams page, Caller caller) {
        long total = eventStore
                .lastSequenceNumberFor(aggregateId)
                .map(last -> last + 1)
                .orElse(0L);
        List<TrailEntry> entries = new ArrayList<>();
        long first = (long) page.page() * page.size();
        if (first < total) {
            DomainEventStream stream = eventStore.readEvents(aggregateId, first);
            while (stream.hasNext() && entries.size() < page.size()) {
                entries.add(entry(stream.next(), aggregateId, caller));
            }
        }
        return new PageImpl<>(entries, page.pageable(), total);
    }

    /** Subjects and consent scope only for those who may see them (SubjectData). */
    private TrailEntry entry(DomainEventMessage<?> event, String aggregateId, Caller caller) {
        String type = event.getPayloadType().getSimpleName();
        JsonNode raw = json.valueToTree(event.getPayload());
        String recordingNode = raw.hasNonNull("nodeId")
                ? raw.get("nodeId").asText()
                : consents.consent(aggregateId).map(c -> c.getNodeId()).orElse(null);
        JsonNode payload = SubjectData.event(type, raw, caller, recordingNode);
        String actor = payload.hasNonNull("actor") ? payload.get("actor").asText() : null;
        return new TrailEntry(
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                actor,
                payload);
    }
}
