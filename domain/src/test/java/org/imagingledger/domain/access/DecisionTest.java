package org.imagingledger.domain.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.ApproveAccessRequest;
import org.imagingledger.domain.access.api.ExtendReviewDeadline;
import org.imagingledger.domain.access.api.RejectAccessRequest;
import org.imagingledger.domain.access.api.ReturnAccessRequestForChanges;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.access.AccessEvents.APPLICANT;
import static org.imagingledger.domain.access.AccessEvents.CHAIR;
import static org.imagingledger.domain.access.AccessEvents.HMB;
import static org.imagingledger.domain.access.AccessEvents.ID;
import static org.imagingledger.domain.access.AccessEvents.LATER;
import static org.imagingledger.domain.access.AccessEvents.R1;
import static org.imagingledger.domain.access.AccessEvents.R2;
import static org.imagingledger.domain.access.AccessEvents.T0;
import static org.imagingledger.domain.access.AccessEvents.TEAM;
import static org.imagingledger.domain.access.AccessEvents.approved;
import static org.imagingledger.domain.access.AccessEvents.decidable;
import static org.imagingledger.domain.access.AccessEvents.draftSaved;
import static org.imagingledger.domain.access.AccessEvents.extended;
import static org.imagingledger.domain.access.AccessEvents.nodeDeclined;
import static org.imagingledger.domain.access.AccessEvents.returned;
import static org.imagingledger.domain.access.AccessEvents.reviewersAssigned;
import static org.imagingledger.domain.access.AccessEvents.submitted;
import static org.imagingledger.domain.access.AccessEvents.submittedCheck;
import static org.imagingledger.domain.access.AccessEvents.vote;

/** The chair's decisions and the deadline extension. */
class DecisionTest {

    private static final java.time.Instant FROM = T0.plus(Duration.ofDays(7));
    private static final java.time.Instant UNTIL = T0.plus(Duration.ofDays(372));

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    private ApproveAccessRequest approve(String actor) {
        return new ApproveAccessRequest(
                ID, "permit-1", List.of(" publish results openly "), FROM, UNTIL, null, actor, LATER);
    }

    @Test
    void approveCarriesThePermitScope() {
        fixture.given(decidable()).when(approve(CHAIR)).expectEvents(approved());
    }

    @Test
    void approvalLeavesOutDatasetsANodeDeclined() {
        fixture.given(
                        draftSaved(),
                        submitted(),
                        submittedCheck("ds-1"),
                        submittedCheck("ds-2"),
                        reviewersAssigned(),
                        nodeDeclined(),
                        vote(R1, ReviewVote.APPROVE),
                        vote(R2, ReviewVote.ABSTAIN))
                .when(approve(CHAIR))
                .expectEvents(new AccessRequestApproved(
                        ID,
                        "permit-1",
                        APPLICANT,
                        List.of("ds-2"),
                        HMB,
                        List.of("FEDERATED_TRAINING"),
                        List.of(APPLICANT, TEAM),
                        FROM,
                        UNTIL,
                        List.of("publish results openly"),
                        List.of(),
                        List.of(),
                        null,
                        CHAIR,
                        LATER));
    }

    @Test
    void approvalRecordsTheChairsReasonTrimmed() {
        AccessRequestApproved expected = approved();
        fixture.given(decidable())
                .when(new ApproveAccessRequest(
                        ID,
                        "permit-1",
                        List.of(" publish results openly "),
                        FROM,
                        UNTIL,
                        "  sound plan, ethics in order  ",
                        CHAIR,
                        LATER))
                .expectEvents(new AccessRequestApproved(
                        expected.requestId(),
                        expected.permitId(),
                        expected.applicant(),
                        expected.datasets(),
                        expected.purpose(),
                        expected.operations(),
                        expected.members(),
                        expected.validFrom(),
                        expected.validUntil(),
                        expected.conditions(),
                        expected.overriddenDatasets(),
                        expected.purposeExcluded(),
                        "sound plan, ethics in order",
                        expected.actor(),
                        expected.at()));
    }

    @Test
    void approvalRefusesAReasonOverTheLimit() {
        fixture.given(decidable())
                .when(new ApproveAccessRequest(
                        ID, "permit-1", List.of(), FROM, UNTIL, "x".repeat(Limits.REASON + 1), CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.TOO_LONG));
    }

    @Test
    void approveRefusesBadValidityAndPermitId() {
        fixture.given(decidable())
                .when(new ApproveAccessRequest(ID, "permit 1", List.of(""), UNTIL, FROM, null, CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "permitId",
                        ErrorCodes.NOT_IDENTIFIER,
                        "validUntil",
                        ErrorCodes.NOT_AFTER,
                        "conditions[0]",
                        ErrorCodes.REQUIRED));
    }

    @Test
    void approveBoundsTheConditions() {
        List<String> conditions = new ArrayList<>(Collections.nCopies(Limits.CONDITIONS, "cite"));
        conditions.add("x".repeat(Limits.CONDITION + 1));
        fixture.given(decidable())
                .when(new ApproveAccessRequest(ID, "permit-1", conditions, FROM, UNTIL, null, CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "conditions",
                        ErrorCodes.TOO_MANY,
                        "conditions[" + Limits.CONDITIONS + "]",
                        ErrorCodes.TOO_LONG));
    }

    @Test
    void approveNeedsTheQuorum() {
        fixture.given(
                        draftSaved(),
                        submitted(),
                        reviewersAssigned(),
                        AccessEvents.nodeAgreed(),
                        vote(R1, ReviewVote.APPROVE))
                .when(approve(CHAIR))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.QUORUM_NOT_REACHED));
    }

    @Test
    void approveWaitsForTheNodes() {
        fixture.given(
                        draftSaved(),
                        submitted(),
                        reviewersAssigned(),
                        vote(R1, ReviewVote.APPROVE),
                        vote(R2, ReviewVote.APPROVE))
                .when(approve(CHAIR))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.NODE_DECISION_PENDING));
    }

    @Test
    void approveNeedsADatasetLeft() {
        var onlyDs1 = new org.imagingledger.domain.access.api.RequestContent(
                "t", List.of("ds-1"), HMB, "s", List.of("FEDERATED_TRAINING"), T0, UNTIL, List.of());
        fixture.given(
                        new org.imagingledger.domain.access.api.AccessRequestDraftSaved(
                                ID, APPLICANT, onlyDs1, APPLICANT, T0),
                        new org.imagingledger.domain.access.api.AccessRequestSubmitted(
                                ID,
                                APPLICANT,
                                List.of("ds-1"),
                                AccessEvents.APPROVALS,
                                AccessEvents.DEADLINE,
                                APPLICANT,
                                AccessEvents.SUBMITTED_AT),
                        reviewersAssigned(),
                        nodeDeclined(),
                        vote(R1, ReviewVote.REJECT),
                        vote(R2, ReviewVote.REJECT))
                .when(approve(CHAIR))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALL_DATASETS_DECLINED));
    }

    @Test
    void theTeamMayNotDecide() {
        fixture.given(decidable())
                .when(approve(TEAM))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.INVOLVED));
    }

    @Test
    void approveOnlyUnderReview() {
        fixture.given(draftSaved(), submitted())
                .when(approve(CHAIR))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void reject() {
        fixture.given(decidable())
                .when(new RejectAccessRequest(ID, " purpose outside consent ", CHAIR, LATER))
                .expectEvents(AccessEvents.rejected());
    }

    @Test
    void rejectNeedsAReason() {
        fixture.given(decidable())
                .when(new RejectAccessRequest(ID, null, CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void rejectNeedsTheQuorum() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new RejectAccessRequest(ID, "no", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.QUORUM_NOT_REACHED));
    }

    @Test
    void decidedRequestCannotBeDecidedAgain() {
        Object[] given = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(decidable()), java.util.stream.Stream.of(approved()))
                .toArray();
        fixture.given(given)
                .when(new RejectAccessRequest(ID, "on reflection", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void returnForChangesNeedsNoQuorum() {
        fixture.given(draftSaved(), submitted())
                .when(new ReturnAccessRequestForChanges(ID, "describe the model", CHAIR, LATER))
                .expectEvents(returned());
    }

    @Test
    void returnNeedsAReason() {
        fixture.given(draftSaved(), submitted())
                .when(new ReturnAccessRequestForChanges(ID, " ", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void draftCannotBeReturned() {
        fixture.given(draftSaved())
                .when(new ReturnAccessRequestForChanges(ID, "why", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void extendDeadlineOnceByTwoMonths() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new ExtendReviewDeadline(ID, "external expert needed", CHAIR, LATER))
                .expectEvents(extended());
    }

    @Test
    void secondExtensionIsRefused() {
        fixture.given(draftSaved(), submitted(), extended())
                .when(new ExtendReviewDeadline(ID, "more time", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.DEADLINE_ALREADY_EXTENDED));
    }

    @Test
    void extensionNeedsAReason() {
        fixture.given(draftSaved(), submitted())
                .when(new ExtendReviewDeadline(ID, "", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void closedRequestHasNoDeadlineToExtend() {
        fixture.given(draftSaved(), submitted(), returned())
                .when(new ExtendReviewDeadline(ID, "more time", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void applicantCannotExtend() {
        fixture.given(draftSaved(), submitted())
                .when(new ExtendReviewDeadline(ID, "more time", APPLICANT, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.INVOLVED));
    }
}
