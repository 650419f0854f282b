package org.imagingledger.domain.permit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.permit.api.ExpirePermit;
import org.imagingledger.domain.permit.api.ExtendPermit;
import org.imagingledger.domain.permit.api.IssuePermit;
import org.imagingledger.domain.permit.api.PermitExpired;
import org.imagingledger.domain.permit.api.PermitExtended;
import org.imagingledger.domain.permit.api.PermitRevoked;
import org.imagingledger.domain.permit.api.ReinstatePermit;
import org.imagingledger.domain.permit.api.RevokePermit;
import org.imagingledger.domain.permit.api.SuspendPermit;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
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
                .when(new IssuePermit(
                        "pm-1",
                        "ar-1",
                        "rita researcher",
                        List.of(),
                        new ResearchPurpose(List.of("XYZ"), null, false, false, false),
                        List.of("UPLOAD"),
                        List.of("a", "a"),
                        UNTIL,
                        T0,
                        List.of(""),
                        List.of(),
                        CHAIR,
                        T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "holder",
                        ErrorCodes.NOT_IDENTIFIER,
                        "datasets",
                        ErrorCodes.EMPTY,
                        "validUntil",
                        ErrorCodes.NOT_AFTER,
                        "operations[0]",
                        ErrorCodes.NOT_ONE_OF,
                        "purpose.codes[0]",
                        ErrorCodes.UNKNOWN_DUO_TERM,
                        "members",
                        ErrorCodes.DUPLICATE_ENTRY,
                        "conditions[0]",
                        ErrorCodes.REQUIRED));
    }

    @Test
    void issueBoundsTheConditions() {
        IssuePermit valid = issuePermit();
        List<String> conditions = new ArrayList<>(Collections.nCopies(Limits.CONDITIONS, "cite"));
        conditions.add("x".repeat(Limits.CONDITION + 1));
        fixture.givenNoPriorActivity()
                .when(new IssuePermit(
                        valid.permitId(),
                        valid.requestId(),
                        valid.holder(),
                        valid.datasets(),
                        valid.purpose(),
                        valid.operations(),
                        valid.members(),
                        valid.validFrom(),
                        valid.validUntil(),
                        conditions,
                        List.of(),
                        valid.actor(),
                        valid.at()))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "conditions",
                        ErrorCodes.TOO_MANY,
                        "conditions[" + Limits.CONDITIONS + "]",
                        ErrorCodes.TOO_LONG));
    }

    @Test
    void issueTwiceIsRefusedByTheEventStore() {
        fixture.given(permitIssued()).when(issuePermit()).expectNoEvents().expectException(Exception.class);
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
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void suspendTwiceIsRefused() {
        fixture.given(permitIssued(), suspended())
                .when(new SuspendPermit("pm-1", "again", CHAIR, day(11)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void reinstate() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", "the audit found nothing", CHAIR, day(20)))
                .expectEvents(reinstated());
    }

    @Test
    void reinstateNeedsAReason() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", "  ", CHAIR, day(20)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void reinstateNeedsActor() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", "the audit found nothing", "", day(20)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "actor", ErrorCodes.REQUIRED));
    }

    @Test
    void reinstateOfActivePermitIsRefused() {
        fixture.given(permitIssued())
                .when(new ReinstatePermit("pm-1", "the audit found nothing", CHAIR, day(20)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void reinstatePastTheEndOfValidityIsRefused() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", "the audit found nothing", CHAIR, UNTIL))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.VALIDITY_ENDED));
    }

    @Test
    void theHolderCannotReinstateTheirPermit() {
        fixture.given(permitIssued(), suspended())
                .when(new ReinstatePermit("pm-1", "the audit found nothing", "rita.researcher", day(20)))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.PERMIT_MEMBER));
    }

    @Test
    void aMemberCannotExtendTheirPermit() {
        fixture.given(permitIssued())
                .when(new ExtendPermit("pm-1", UNTIL.plusSeconds(86400), "more time", "remo.researcher", day(15)))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.PERMIT_MEMBER));
    }

    @Test
    void overriddenDatasetsAreDatasetsOfThePermit() {
        IssuePermit valid = issuePermit();
        fixture.givenNoPriorActivity()
                .when(new IssuePermit(
                        valid.permitId(),
                        valid.requestId(),
                        valid.holder(),
                        valid.datasets(),
                        valid.purpose(),
                        valid.operations(),
                        valid.members(),
                        valid.validFrom(),
                        valid.validUntil(),
                        valid.conditions(),
                        List.of("ds-9"),
                        valid.actor(),
                        valid.at()))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "overriddenDatasets", ErrorCodes.NOT_REQUESTED));
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
                .expectException(refused(Kind.INVALID_INPUT, "newValidUntil", ErrorCodes.NOT_AFTER));
    }

    @Test
    void extendNeedsDateAndReason() {
        fixture.given(permitIssued())
                .when(new ExtendPermit("pm-1", null, null, CHAIR, day(15)))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT, "newValidUntil", ErrorCodes.REQUIRED, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void extendOfRevokedPermitIsRefused() {
        fixture.given(permitIssued(), revoked())
                .when(new ExtendPermit("pm-1", UNTIL.plusSeconds(60), "more", CHAIR, day(31)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void revokeSuspendedPermit() {
        fixture.given(permitIssued(), suspended())
                .when(new RevokePermit("pm-1", "misuse", CHAIR, day(30)))
                .expectEvents(new PermitRevoked("pm-1", "misuse", CHAIR, day(30)));
    }

    @Test
    void revokeReasonIsBounded() {
        fixture.given(permitIssued())
                .when(new RevokePermit("pm-1", "x".repeat(Limits.REASON + 1), CHAIR, day(30)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.TOO_LONG));
    }

    @Test
    void revokeOfExpiredPermitIsRefused() {
        fixture.given(permitIssued(), expired())
                .when(new RevokePermit("pm-1", "misuse", CHAIR, day(200)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
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
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STILL_VALID));
    }

    @Test
    void expireNeedsTime() {
        fixture.given(permitIssued())
                .when(new ExpirePermit("pm-1", "system:expiry", null))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "at", ErrorCodes.REQUIRED));
    }

    @Test
    void expireOfRevokedPermitIsRefused() {
        fixture.given(permitIssued(), revoked())
                .when(new ExpirePermit("pm-1", "system:expiry", UNTIL))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void extendedPermitExpiresAtItsNewEnd() {
        fixture.given(permitIssued(), new PermitExtended("pm-1", UNTIL, UNTIL.plusSeconds(3600), "r", CHAIR, day(5)))
                .when(new ExpirePermit("pm-1", "system:expiry", UNTIL.plusSeconds(1800)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STILL_VALID));
    }

    @Test
    void commandsOnUnknownPermitFail() {
        fixture.givenNoPriorActivity()
                .when(new SuspendPermit("pm-x", "r", CHAIR, T0))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
