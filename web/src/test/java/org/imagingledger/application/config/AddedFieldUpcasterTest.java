package org.imagingledger.application.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before a field was added still read: the stored payload of the first revision
 * (no {@code @Revision}, no field) goes through the upcaster and Axon's Jackson serializer and
 * comes out as the current record with the field null; a payload of the current revision is left
 * as it is.
 */
class AddedFieldUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    private Object read(String type, String revision, String payload, AddedFieldUpcaster upcaster) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "AccessRequest",
                "req-1",
                3,
                "event-1",
                Instant.parse("2026-02-01T10:00:00Z"),
                type,
                revision,
                payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = upcaster.upcast(
                        Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst()
                .orElseThrow();
        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(type, "2"));
        return serializer.deserialize(upcast.getData());
    }

    @Test
    void anApprovalStoredWithoutAReasonReadsWithNone() {
        String old = """
                {"requestId":"req-1","permitId":"permit-1","applicant":"rita","datasets":["ds-1"],
                 "purpose":{"codes":["DUO:0000006"],"disease":null,"commercial":false,"forProfit":false,"methodsDevelopment":true},
                 "operations":["FEDERATED_TRAINING"],"members":["rita","remo"],
                 "validFrom":"2026-02-01T00:00:00Z","validUntil":"2027-02-01T00:00:00Z",
                 "conditions":["publish openly"],"overriddenDatasets":[],"purposeExcluded":[],
                 "actor":"carla","at":"2026-02-01T10:00:00Z"}""";
        AccessRequestApproved approved = (AccessRequestApproved) read(
                AccessRequestApproved.class.getName(),
                null,
                old,
                new AddedFieldUpcaster(AccessRequestApproved.class, null, "2", "reason"));
        assertThat(approved.reason()).isNull();
        assertThat(approved.members()).isEqualTo(List.of("rita", "remo"));
        assertThat(approved.validUntil()).isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
        assertThat(approved.actor()).isEqualTo("carla");
    }

    @Test
    void aReinstatementStoredWithoutAReasonReadsWithNoneAndANewOneKeepsItsReason() {
        AddedFieldUpcaster upcaster = new AddedFieldUpcaster(PermitReinstated.class, null, "2", "reason");
        PermitReinstated old = (PermitReinstated) read(
                PermitReinstated.class.getName(),
                null,
                "{\"permitId\":\"pm-1\",\"actor\":\"carla\",\"at\":\"2026-02-01T10:00:00Z\"}",
                upcaster);
        assertThat(old).isEqualTo(new PermitReinstated("pm-1", null, "carla", Instant.parse("2026-02-01T10:00:00Z")));
        // a payload of revision 2 is not the upcaster's: it passes unchanged
        GenericDomainEventEntry<byte[]> current = new GenericDomainEventEntry<>(
                "Permit",
                "pm-1",
                4,
                "event-2",
                Instant.parse("2026-02-02T10:00:00Z"),
                PermitReinstated.class.getName(),
                "2",
                "{\"permitId\":\"pm-1\",\"reason\":\"audit cleared\",\"actor\":\"carla\",\"at\":\"2026-02-02T10:00:00Z\"}"
                        .getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation passed = upcaster.upcast(
                        Stream.of(new InitialEventRepresentation(current, serializer)))
                .findFirst()
                .orElseThrow();
        assertThat(((PermitReinstated) serializer.deserialize(passed.getData())).reason())
                .isEqualTo("audit cleared");
    }
}
