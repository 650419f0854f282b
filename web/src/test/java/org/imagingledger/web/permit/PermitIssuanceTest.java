package org.imagingledger.web.permit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The contract with the access feature, the way it runs there: a command of an access-request
 * aggregate applies AccessRequestApproved, and the permit is issued in that command's unit of
 * work. A stand-in aggregate plays the access request, since that feature is built elsewhere.
 */
@Import(PermitIssuanceTest.StandInAccessRequests.class)
class PermitIssuanceTest extends ApiTestSupport {

    @TestConfiguration
    static class StandInAccessRequests {
        @Bean
        ConfigurerModule standInAccessRequest() {
            return configurer -> configurer.configureAggregate(StandInRequest.class);
        }
    }

    record Approve(@TargetAggregateIdentifier String requestId, AccessRequestApproved approved) {}

    static class StandInRequest {
        @AggregateIdentifier
        private String requestId;

        StandInRequest() {}

        @CommandHandler
        StandInRequest(Approve command) {
            apply(command.approved());
        }

        @EventSourcingHandler
        void on(AccessRequestApproved event) {
            requestId = event.requestId();
        }
    }

    @Autowired
    CommandGateway commands;

    private AccessRequestApproved approval(String requestId, String permitId, List<String> operations) {
        Instant now = Instant.now();
        return new AccessRequestApproved(
                requestId,
                permitId,
                "rita",
                List.of("ds-1"),
                new ResearchPurpose(List.of("DS"), "MONDO:0008903", false, false, false),
                operations,
                List.of("rita", "remo"),
                now,
                now.plus(Duration.ofDays(30)),
                List.of(),
                List.of("ds-1"),
                List.of(),
                null,
                "carla.chair",
                now);
    }

    @Test
    void approvalIssuesThePermitInTheSameUnitOfWork() throws Exception {
        String requestId = unique("ar");
        String permitId = unique("pm");
        commands.sendAndWait(new Approve(requestId, approval(requestId, permitId, List.of("FEDERATED_ANALYSIS"))));

        JsonNode permit = get("/api/v1/permits/" + permitId, as(Role.DAC_CHAIR));
        assertThat(permit.get("requestId").asText()).isEqualTo(requestId);
        assertThat(permit.get("members")).extracting(JsonNode::asText).containsExactly("rita", "remo");
        assertThat(permit.get("disease").asText()).isEqualTo("MONDO:0008903");
        JsonNode trail = get("/api/v1/trail/" + permitId, as(Role.AUDITOR)).get("items");
        assertThat(trail.get(0).get("type").asText()).isEqualTo("PermitIssued");
        assertThat(trail.get(0).get("actor").asText()).isEqualTo("carla.chair");
    }

    @Test
    void anApprovalWhosePermitCannotBeIssuedIsNotRecordedEither() {
        String requestId = unique("ar");
        long before = events();
        assertThatThrownBy(() -> commands.sendAndWait(
                        new Approve(requestId, approval(requestId, unique("pm"), List.of("UPLOAD")))))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining("operations[0]");
        assertThat(events()).isEqualTo(before);
    }
}
