package org.imagingledger.domain.access;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AssignReviewers;
import org.imagingledger.domain.access.api.CastReviewVote;
import org.imagingledger.domain.access.api.DeclareConflictOfInterest;
import org.imagingledger.domain.access.api.RecordNodeDecision;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.access.api.ReviewVoteCast;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.access.AccessEvents.APPLICANT;
import static org.imagingledger.domain.access.AccessEvents.APPROVALS;
import static org.imagingledger.domain.access.AccessEvents.CHAIR;
import static org.imagingledger.domain.access.AccessEvents.ID;
import static org.imagingledger.domain.access.AccessEvents.LATER;
import static org.imagingledger.domain.access.AccessEvents.NODE;
import static org.imagingledger.domain.access.AccessEvents.NODE_ACTOR;
import static org.imagingledger.domain.access.AccessEvents.R1;
import static org.imagingledger.domain.access.AccessEvents.R2;
import static org.imagingledger.domain.access.AccessEvents.R3;
import static org.imagingledger.domain.access.AccessEvents.SUBMITTED_AT;
import static org.imagingledger.domain.access.AccessEvents.TEAM;
import static org.imagingledger.domain.access.AccessEvents.conflict;
import static org.imagingledger.domain.access.AccessEvents.draftSaved;
import static org.imagingledger.domain.access.AccessEvents.nodeAgreed;
import static org.imagingledger.domain.access.AccessEvents.nodeDeclined;
import static org.imagingledger.domain.access.AccessEvents.returned;
import static org.imagingledger.domain.access.AccessEvents.reviewersAssigned;
import static org.imagingledger.domain.access.AccessEvents.submitted;
import static org.imagingledger.domain.access.AccessEvents.vote;

/** The review round: panel, conflicts of interest, votes and the decisions of nodes. */
class ReviewTest {

    private static final Instant AT = SUBMITTED_AT.plusSeconds(60);

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    @Test
    void assignReviewers() {
        fixture.given(draftSaved(), submitted())
                .when(new AssignReviewers(ID, List.of(R1, R2), 2, CHAIR, AT))
                .expectEvents(reviewersAssigned());
    }

    @Test
    void panelMustReachTheQuorum() {
        fixture.given(draftSaved(), submitted())
                .when(new AssignReviewers(ID, List.of(R1), 2, CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reviewers", ErrorCodes.BELOW_QUORUM));
    }

    @Test
    void applicantAndTeamMayNotReview() {
        fixture.given(draftSaved(), submitted())
                .when(new AssignReviewers(ID, List.of(R1, TEAM), 2, CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, "reviewers[1]", ErrorCodes.REVIEWER_INVOLVED));
    }

    @Test
    void aChairOnTheTeamMayNotAssign() {
        fixture.given(draftSaved(), submitted())
                .when(new AssignReviewers(ID, List.of(R1, R2), 2, TEAM, AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.INVOLVED));
    }

    @Test
    void draftGetsNoReviewers() {
        fixture.given(draftSaved())
                .when(new AssignReviewers(ID, List.of(R1, R2), 2, CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void panelCanGrowButKeepsItsVoters() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned(), vote(R1, ReviewVote.APPROVE))
                .when(new AssignReviewers(ID, List.of(R1, R2, R3), 2, CHAIR, LATER))
                .expectEvents(new ReviewersAssigned(ID, List.of(R1, R2, R3), 2, CHAIR, LATER));
    }

    @Test
    void panelCannotDropAVoter() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned(), vote(R1, ReviewVote.APPROVE))
                .when(new AssignReviewers(ID, List.of(R2, R3), 2, CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.REVIEWER_STAYS));
    }

    @Test
    void declareConflict() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new DeclareConflictOfInterest(
                        ID, " co-author of the applicant ", R1, SUBMITTED_AT.plusSeconds(90)))
                .expectEvents(conflict(R1));
    }

    @Test
    void conflictCommentIsBounded() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new DeclareConflictOfInterest(ID, "x".repeat(Limits.COMMENT + 1), R1, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "comment", ErrorCodes.TOO_LONG));
    }

    @Test
    void onlyAssignedReviewersDeclareConflicts() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new DeclareConflictOfInterest(ID, null, R3, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_REVIEWER));
    }

    @Test
    void conflictAfterVotingIsRefused() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned(), vote(R1, ReviewVote.REJECT))
                .when(new DeclareConflictOfInterest(ID, null, R1, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALREADY_VOTED));
    }

    @Test
    void conflictNeedsAReviewUnderWay() {
        fixture.given(draftSaved(), submitted())
                .when(new DeclareConflictOfInterest(ID, null, R1, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void castVote() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new CastReviewVote(ID, ReviewVote.APPROVE, " sound protocol ", R1, SUBMITTED_AT.plusSeconds(120)))
                .expectEvents(vote(R1, ReviewVote.APPROVE));
    }

    @Test
    void voteNeedsVoteAndComment() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new CastReviewVote(ID, null, " ", R1, LATER))
                .expectNoEvents()
                .expectException(
                        refused(Kind.INVALID_INPUT, "vote", ErrorCodes.REQUIRED, "comment", ErrorCodes.REQUIRED));
    }

    @Test
    void onlyAssignedReviewersVote() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new CastReviewVote(ID, ReviewVote.APPROVE, "fine", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_REVIEWER));
    }

    @Test
    void conflictedReviewerMayNotVote() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned(), conflict(R1))
                .when(new CastReviewVote(ID, ReviewVote.APPROVE, "fine", R1, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CONFLICT_OF_INTEREST));
    }

    @Test
    void voteOnlyOnce() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned(), vote(R1, ReviewVote.APPROVE))
                .when(new CastReviewVote(ID, ReviewVote.REJECT, "second thoughts", R1, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALREADY_VOTED));
    }

    @Test
    void voteNeedsAReviewUnderWay() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned(), returned())
                .when(new CastReviewVote(ID, ReviewVote.APPROVE, "fine", R1, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void resubmissionStartsANewRound() {
        Instant again = LATER.plusSeconds(3600);
        fixture.given(
                        draftSaved(),
                        submitted(),
                        reviewersAssigned(),
                        vote(R1, ReviewVote.REJECT),
                        returned(),
                        new AccessRequestResubmitted(
                                ID,
                                APPLICANT,
                                List.of("ds-1", "ds-2"),
                                APPROVALS,
                                AccessRequest.statutoryDeadline(again),
                                APPLICANT,
                                again),
                        new ReviewersAssigned(ID, List.of(R1, R2), 2, CHAIR, again))
                .when(new CastReviewVote(ID, ReviewVote.APPROVE, "now clear", R1, again))
                .expectEvents(new ReviewVoteCast(ID, R1, ReviewVote.APPROVE, "now clear", R1, again));
    }

    @Test
    void nodeAgrees() {
        fixture.given(draftSaved(), submitted())
                .when(new RecordNodeDecision(ID, NODE, "ds-1", true, "", NODE_ACTOR, SUBMITTED_AT.plusSeconds(30)))
                .expectEvents(nodeAgreed());
    }

    @Test
    void nodeDeclinesWithAReason() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new RecordNodeDecision(
                        ID,
                        NODE,
                        "ds-1",
                        false,
                        "local ethics board said no",
                        NODE_ACTOR,
                        SUBMITTED_AT.plusSeconds(30)))
                .expectEvents(nodeDeclined());
    }

    @Test
    void declineWithoutReasonIsRefused() {
        fixture.given(draftSaved(), submitted())
                .when(new RecordNodeDecision(ID, NODE, "ds-1", false, null, NODE_ACTOR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "comment", ErrorCodes.REQUIRED));
    }

    @Test
    void datasetWithoutNodeApprovalIsUnprocessable() {
        fixture.given(draftSaved(), submitted())
                .when(new RecordNodeDecision(ID, NODE, "ds-2", true, null, NODE_ACTOR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.UNPROCESSABLE, "datasetId", ErrorCodes.NO_NODE_DECISION));
    }

    @Test
    void anotherNodeMayNotDecide() {
        fixture.given(draftSaved(), submitted())
                .when(new RecordNodeDecision(ID, "node-es-1", "ds-1", true, null, "node:node-es-1", LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_HOLDER));
    }

    @Test
    void nodeDecidesOnce() {
        fixture.given(draftSaved(), submitted(), nodeAgreed())
                .when(new RecordNodeDecision(ID, NODE, "ds-1", false, "changed", NODE_ACTOR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.NODE_ALREADY_DECIDED));
    }

    @Test
    void nodeDecisionNeedsAnOpenRequest() {
        fixture.given(draftSaved())
                .when(new RecordNodeDecision(ID, NODE, "ds-1", true, null, NODE_ACTOR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }
}
