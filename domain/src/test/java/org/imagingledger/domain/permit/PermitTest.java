package org.imagingledger.domain.permit;

import static org.imagingledger.domain.permit.PermitEvents.CHAIR;
import static org.imagingledger.domain.permit.PermitEvents.T0;
import static org.imagingledger.domain.permit.PermitEvents.UNTIL;
import static org.imagingledger.domain.permit.PermitEvents.day;
import static org.imagingledger.domain.permit.PermitEvents.expired;
import static org.imagingledger.domain.permit.PermitEvents.issuePermit;
import static org.imagingledger.domain.permit.PermitEvents.permitIssued;
import static org.imagingledger.domain.permit.PermitEvents.reinstated;
import static org.imagingledger.domain.permit.PermitEvents.revoked;
import static org.imagingledger.domain.permit.PermitEvents.suspended;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.permit.api.ExpirePermit;
import org.imagingledger.domain.permit.api.ExtendPermit;
import org.imagingledger.domain.permit.api.IssuePermit;
import org.imagingledger.domain.permit.api.PermitExpired;
import org.imagingledger.domain.permit.api.PermitExtended;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.imagingledger.domain.permit.api.PermitRevoked;
import org.imagingledger.domain.permit.api.PermitSuspended;
import org.imagingledger.domain.permit.api.ReinstatePermit;
import org.imagingledger.domain.permit.api.RevokePermit;
import org.imagingledger.domain.permit.api.SuspendPermit;
import org.imagingledger.domain.shared.CommandRejected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PermitTest {

    private AggregateTestFixture<Permit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Permit.class);
    }

    @Test
    void issueStoresDuoIdsTrimsConditionsAndListsTheHolderFirstAmongMembers() {
        fixture.givenNoPriorActivity().when(issuePermit()).expectEvents(permitIssued());
    }

    @Test
    void issueRejectsEveryBrokenRuleAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new IssuePermit("pm-1", "ar-1", "rita researcher", List.of(),
                        new ResearchPurpose(List.of("XYZ"), null, false, false, false), List.of("UPLOAD"),
                        List.of("a", "a"), UNTIL, T0, List.of(""), CHAIR, T0))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("holder: must be 1-128 letters, digits or . _ : - (a pseudonymous identifier); "
                        + "datasets: must name at least one entry; "
                        + "validUntil: must be after validFrom; "
                        + "operations[0]: 'UPLOAD' is not one of [FEDERATED_TRAINING, FEDERATED_INFERENCE, "
                        + "FEDERATED_BENCHMARKING, FEDERATED_ANALYSIS, DOWNLOAD]; "
                        + "validUntil: must be after the time of issue; "
                        + "purpose.codes[0]: 'XYZ' is not a DUO term; "
                        + "members: must not repeat an entry; "
                        + "conditions[0]: must not be blank");
    }

    @Test
    void issueTwiceIsRefusedByTheEventStore() {
        fixture.given(permitIssued())
                .when(issuePermit())
                .expectNoEvents()
                .expectException(Exception.class);
    }

    @Test
    void suspend() {
        fixture.given(permitIssued())
                .when(new SuspendPermit("pm-1", " node breach under review ", CHAIR, day(10)))
                .expectEvents(suspended());
    }

    @Test
    void suspendNeedsReason() {
        fixture.given(permitIssued())
                .when(new SuspendPermit("pm-1", " ", CHAIR, day(10)))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("reason: must not be blank");
    }

    @Test
    void suspendTwiceIsRefused() {
        fixture.given(permitIssued(), suspended())
                .when(new SuspendPermit("pm-1", "again", CHAIR, day(11)))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("permit pm-1: only an active permit can be suspended");
    }

    @Test
    void reinstate() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", CHAIR, day(20)))
                .expectEvents(reinstated());
    }

    @Test
    void reinstateNeedsActor() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", "", day(20)))
                .expectNoEvents()
                .expectExceptionMessage("actor: must not be blank");
    }

    @Test
    void reinstateOfActivePermitIsRefused() {
        fixture.given(permitIssued())
                .when(new ReinstatePermit("pm-1", CHAIR, day(20)))
                .expectNoEvents()
                .expectExceptionMessage("permit pm-1: only a suspended permit can be reinstated");
    }

    @Test
    void reinstatePastTheEndOfValidityIsRefused() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", CHAIR, UNTIL))
                .expectNoEvents()
                .expectException(CommandRejected.class);
    }

    @Test
    void extendActiveOrSuspended() {
        fixture.given(permitIssued(), suspended())
                .when(new ExtendPermit("pm-1", UNTIL.plusSeconds(86400), "more time", CHAIR, day(15)))
                .expectEvents(new PermitExtended("pm-1", UNTIL, UNTIL.plusSeconds(86400), "more time", CHAIR, day(15)));
    }

    @Test
    void extendMustMoveTheEndLater() {
        fixture.given(permitIssued())
                .when(new ExtendPermit("pm-1", UNTIL, "same", CHAIR, day(15)))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("newValidUntil: must be after the current end of validity " + UNTIL);
    }

    @Test
    void extendNeedsDateAndReason() {
        fixture.given(permitIssued())
                .when(new ExtendPermit("pm-1", null, null, CHAIR, day(15)))
                .expectNoEvents()
                .expectExceptionMessage("newValidUntil: is required; reason: must not be blank");
    }

    @Test
    void extendOfRevokedPermitIsRefused() {
        fixture.given(permitIssued(), revoked())
                .when(new ExtendPermit("pm-1", UNTIL.plusSeconds(60), "more", CHAIR, day(31)))
                .expectNoEvents()
                .expectExceptionMessage("permit pm-1: the permit is revoked and can no longer be extended");
    }

    @Test
    void revokeSuspendedPermit() {
        fixture.given(permitIssued(), suspended())
                .when(new RevokePermit("pm-1", "misuse", CHAIR, day(30)))
                .expectEvents(new PermitRevoked("pm-1", "misuse", CHAIR, day(30)));
    }

    @Test
    void revokeNeedsReason() {
        fixture.given(permitIssued())
                .when(new RevokePermit("pm-1", "x".repeat(501), CHAIR, day(30)))
                .expectNoEvents()
                .expectExceptionMessage("reason: must be at most 500 characters");
    }

    @Test
    void revokeOfExpiredPermitIsRefused() {
        fixture.given(permitIssued(), expired())
                .when(new RevokePermit("pm-1", "misuse", CHAIR, day(200)))
                .expectNoEvents()
                .expectExceptionMessage("permit pm-1: the permit is expired and can no longer be revoked");
    }

    @Test
    void expireOnceValidityEnded() {
        fixture.given(permitIssued(), suspended())
                .when(new ExpirePermit("pm-1", "system:expiry", UNTIL))
                .expectEvents(new PermitExpired("pm-1", UNTIL, "system:expiry", UNTIL));
    }

    @Test
    void expireBeforeTheEndIsRefused() {
        fixture.given(permitIssued())
                .when(new ExpirePermit("pm-1", "system:expiry", UNTIL.minusSeconds(1)))
                .expectNoEvents()
                .expectExceptionMessage("permit pm-1: the permit is valid until " + UNTIL);
    }

    @Test
    void expireNeedsTime() {
        fixture.given(permitIssued())
                .when(new ExpirePermit("pm-1", "system:expiry", null))
                .expectNoEvents()
                .expectExceptionMessage("at: is required");
    }

    @Test
    void expireOfRevokedPermitIsRefused() {
        fixture.given(permitIssued(), revoked())
                .when(new ExpirePermit("pm-1", "system:expiry", UNTIL))
                .expectNoEvents()
                .expectException(CommandRejected.class);
    }

    @Test
    void extendedPermitExpiresAtItsNewEnd() {
        fixture.given(permitIssued(), new PermitExtended("pm-1", UNTIL, UNTIL.plusSeconds(3600), "r", CHAIR, day(5)))
                .when(new ExpirePermit("pm-1", "system:expiry", UNTIL.plusSeconds(1800)))
                .expectNoEvents()
                .expectException(CommandRejected.class);
    }

    @Test
    void commandsOnUnknownPermitFail() {
        fixture.givenNoPriorActivity()
                .when(new SuspendPermit("pm-x", "r", CHAIR, T0))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
