package org.imagingledger.domain.policy;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.policy.api.ActivatePolicyBundle;
import org.imagingledger.domain.policy.api.PolicyBundleActivated;
import org.imagingledger.domain.policy.api.PolicyBundlePublished;
import org.imagingledger.domain.policy.api.PublishPolicyBundle;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;

class PolicyRevisionTest {

    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    static final String ADMIN = "greta.admin";
    static final String SHA = "c".repeat(64);

    private AggregateTestFixture<PolicyRevision> fixture;

    static PolicyBundlePublished published() {
        return new PolicyBundlePublished("rev-2", SHA, 4096, "stricter NMDS", ADMIN, T0);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicyRevision.class);
    }

    @Test
    void publish() {
        fixture.givenNoPriorActivity()
                .when(new PublishPolicyBundle("rev-2", SHA, 4096, " stricter NMDS ", ADMIN, T0))
                .expectEvents(published());
    }

    @Test
    void publishRejectsBadRevisionAndHash() {
        fixture.givenNoPriorActivity()
                .when(new PublishPolicyBundle("rev 2!", "ABC", 0, null, ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "revision",
                        ErrorCodes.NOT_IDENTIFIER,
                        "sha256",
                        ErrorCodes.NOT_HEX,
                        "sizeBytes",
                        ErrorCodes.NOT_POSITIVE));
    }

    @Test
    void activate() {
        fixture.given(published())
                .when(new ActivatePolicyBundle("rev-2", "rev-1", ADMIN, T0.plusSeconds(60)))
                .expectEvents(new PolicyBundleActivated("rev-2", "rev-1", ADMIN, T0.plusSeconds(60)));
    }

    @Test
    void activateTheActiveRevisionIsRefused() {
        fixture.given(published(), new PolicyBundleActivated("rev-2", null, ADMIN, T0))
                .when(new ActivatePolicyBundle("rev-2", "rev-2", ADMIN, T0.plusSeconds(60)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALREADY_ACTIVE));
    }

    @Test
    void activateUnpublishedRevisionFails() {
        fixture.givenNoPriorActivity()
                .when(new ActivatePolicyBundle("rev-9", null, ADMIN, T0))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
