package org.imagingledger.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.ApproveAccessRequest;
import org.imagingledger.domain.access.api.OverridePurposeCheck;
import org.imagingledger.domain.access.api.PurposeCheck;
import org.imagingledger.domain.access.api.PurposeCheckOverridden;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;
import org.imagingledger.domain.access.api.RecordPurposeChecks;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.access.api.SubmitAccessRequest;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.access.AccessEvents.APPLICANT;
import static org.imagingledger.domain.access.AccessEvents.APPROVALS;
import static org.imagingledger.domain.access.AccessEvents.CHAIR;
import static org.imagingledger.domain.access.AccessEvents.HMB;
import static org.imagingledger.domain.access.AccessEvents.ID;
import static org.imagingledger.domain.access.AccessEvents.LATER;
import static org.imagingledger.domain.access.AccessEvents.R1;
import static org.imagingledger.domain.access.AccessEvents.R2;
import static org.imagingledger.domain.access.AccessEvents.REVISION;
import static org.imagingledger.domain.access.AccessEvents.SUBMITTED_AT;
import static org.imagingledger.domain.access.AccessEvents.T0;
import static org.imagingledger.domain.access.AccessEvents.TEAM;
import static org.imagingledger.domain.access.AccessEvents.check;
import static org.imagingledger.domain.access.AccessEvents.checkRecorded;
import static org.imagingledger.domain.access.AccessEvents.draftSaved;
import static org.imagingledger.domain.access.AccessEvents.nodeAgreed;
import static org.imagingledger.domain.access.AccessEvents.reviewersAssigned;
import static org.imagingledger.domain.access.AccessEvents.submitted;
import static org.imagingledger.domain.access.AccessEvents.submittedCheck;
import static org.imagingledger.domain.access.AccessEvents.vote;
import static org.imagingledger.domain.access.api.PurposeCheckOutcome.COMPATIBLE;
import static org.imagingledger.domain.access.api.PurposeCheckOutcome.NOT_COMPATIBLE;
import static org.imagingledger.domain.access.api.PurposeCheckOutcome.NOT_EVALUATED;

/**
 * The purpose check at review: recorded per dataset with the submission, after a policy change
 * and on demand; approval grants only what the latest check allows or the chair overrode.
 */
class PurposeReviewTest {

    private static final Instant FROM = T0.plusSeconds(7 * 86400);
    private static final Instant UNTIL = T0.plusSeconds(372 * 86400);
    private static final Instant AT = SUBMITTED_AT.plusSeconds(600);

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    private static Object failedCheck(String dataset) {
        return checkRecorded(check(dataset, NOT_COMPATIBLE), PurposeCheckTrigger.SUBMISSION, APPLICANT, SUBMITTED_AT);
    }

    /** Ready for the chair, with ds-2's check failed. */
    private static Object[] decidableWithFailedDs2() {
        return new Object[] {
            draftSaved(),
            submitted(),
            submittedCheck("ds-1"),
            failedCheck("ds-2"),
            reviewersAssigned(),
            nodeAgreed(),
            vote(R1, ReviewVote.APPROVE),
            vote(R2, ReviewVote.APPROVE)
        };
    }

    private static ApproveAccessRequest approve() {
        return new ApproveAccessRequest(ID, "permit-1", List.of(), FROM, UNTIL, null, CHAIR, LATER);
    }

    private static AccessRequestApproved approved(List<String> datasets, List<String> overridden, List<String> out) {
        return new AccessRequestApproved(
                ID,
                "permit-1",
                APPLICANT,
                datasets,
                HMB,
                List.of("FEDERATED_TRAINING"),
                List.of(APPLICANT, TEAM),
                FROM,
                UNTIL,
                List.of(),
                overridden,
                out,
                null,
                CHAIR,
                LATER);
    }

    private static PurposeCheckOverridden overridden(String dataset) {
        return new PurposeCheckOverridden(
                ID,
                dataset,
                REVISION,
                List.of("DUO_NOT_HEALTH_RESEARCH"),
                "methods work agreed with the node",
                CHAIR,
                AT);
    }

    @Test
    void submissionRecordsTheCheckOfEveryDatasetFailedOnesIncluded() {
        PurposeCheck failed = check("ds-2", NOT_COMPATIBLE);
        fixture.given(draftSaved())
                .when(new SubmitAccessRequest(
                        ID, APPROVALS, List.of(failed, check("ds-1", COMPATIBLE)), List.of(), APPLICANT, SUBMITTED_AT))
                .expectEvents(submitted(), submittedCheck("ds-1"), failedCheck("ds-2"));
    }

    @Test
    void submissionNeedsACheckOfEveryRequestedDatasetAndNoOther() {
        fixture.given(draftSaved())
                .when(new SubmitAccessRequest(
                        ID,
                        APPROVALS,
                        List.of(check("ds-1", COMPATIBLE), check("ds-9", COMPATIBLE)),
                        List.of(),
                        APPLICANT,
                        SUBMITTED_AT))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "purposeChecks[1].datasetId",
                        ErrorCodes.NOT_REQUESTED,
                        "purposeChecks",
                        ErrorCodes.REQUIRED));
    }

    @Test
    void anEvaluatedCheckNamesItsRevision() {
        PurposeCheck noRevision = new PurposeCheck("ds-2", null, COMPATIBLE, List.of(), List.of());
        fixture.given(draftSaved())
                .when(new SubmitAccessRequest(
                        ID, APPROVALS, List.of(check("ds-1", COMPATIBLE), noRevision), List.of(), APPLICANT, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "purposeChecks[1].revision", ErrorCodes.REQUIRED));
    }

    @Test
    void approvalLeavesOutADatasetWhoseCheckFailed() {
        fixture.given(decidableWithFailedDs2())
                .when(approve())
                .expectEvents(approved(List.of("ds-1"), List.of(), List.of("ds-2")));
    }

    @Test
    void aDatasetThatCouldNotBeCheckedIsLeftOutToo() {
        fixture.given(
                        draftSaved(),
                        submitted(),
                        submittedCheck("ds-1"),
                        checkRecorded(
                                check("ds-2", NOT_EVALUATED), PurposeCheckTrigger.SUBMISSION, APPLICANT, SUBMITTED_AT),
                        reviewersAssigned(),
                        nodeAgreed(),
                        vote(R1, ReviewVote.APPROVE),
                        vote(R2, ReviewVote.APPROVE))
                .when(approve())
                .expectEvents(approved(List.of("ds-1"), List.of(), List.of("ds-2")));
    }

    @Test
    void anOverrideKeepsTheDatasetAndTheApprovalSaysSo() {
        fixture.given(decidableWithFailedDs2())
                .andGiven(overridden("ds-2"))
                .when(approve())
                .expectEvents(approved(List.of("ds-1", "ds-2"), List.of("ds-2"), List.of()));
    }

    @Test
    void theChairOverridesAFailedCheckWithAReason() {
        fixture.given(decidableWithFailedDs2())
                .when(new OverridePurposeCheck(ID, "ds-2", "  methods work agreed with the node ", CHAIR, AT))
                .expectEvents(overridden("ds-2"));
    }

    @Test
    void anOverrideNeedsAReason() {
        fixture.given(decidableWithFailedDs2())
                .when(new OverridePurposeCheck(ID, "ds-2", " ", CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void aPassedCheckNeedsNoOverride() {
        fixture.given(decidableWithFailedDs2())
                .when(new OverridePurposeCheck(ID, "ds-1", "why not", CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.OVERRIDE_NOT_NEEDED));
    }

    @Test
    void anOverrideIsRecordedOnce() {
        fixture.given(decidableWithFailedDs2())
                .andGiven(overridden("ds-2"))
                .when(new OverridePurposeCheck(ID, "ds-2", "again", CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALREADY_OVERRIDDEN));
    }

    @Test
    void onlyRequestedDatasetsCanBeOverridden() {
        fixture.given(decidableWithFailedDs2())
                .when(new OverridePurposeCheck(ID, "ds-9", "keep it", CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "datasetId", ErrorCodes.NOT_REQUESTED));
    }

    @Test
    void aReviewerCannotOverrideAsChair() {
        fixture.given(decidableWithFailedDs2())
                .when(new OverridePurposeCheck(ID, "ds-2", "keep it", R1, AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CHAIR_ON_PANEL));
    }

    @Test
    void approvalWithNothingLeftIsRefused() {
        fixture.given(
                        draftSaved(),
                        submitted(),
                        failedCheck("ds-1"),
                        failedCheck("ds-2"),
                        reviewersAssigned(),
                        nodeAgreed(),
                        vote(R1, ReviewVote.APPROVE),
                        vote(R2, ReviewVote.APPROVE))
                .when(approve())
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.NO_DATASET_LEFT));
    }

    @Test
    void aCheckAfterAPolicyChangeReplacesTheEarlierOne() {
        PurposeCheck nowFine = check("ds-2", COMPATIBLE);
        fixture.given(decidableWithFailedDs2())
                .andGiven(
                        checkRecorded(check("ds-1", COMPATIBLE), PurposeCheckTrigger.POLICY_ACTIVATED, "greta", AT),
                        checkRecorded(nowFine, PurposeCheckTrigger.POLICY_ACTIVATED, "greta", AT))
                .when(approve())
                .expectEvents(approved(List.of("ds-1", "ds-2"), List.of(), List.of()));
    }

    @Test
    void policyActivationRecordsChecksOfAnOpenRequest() {
        fixture.given(draftSaved(), submitted(), submittedCheck("ds-1"), submittedCheck("ds-2"))
                .when(new RecordPurposeChecks(
                        ID,
                        List.of(check("ds-1", COMPATIBLE), check("ds-2", NOT_COMPATIBLE)),
                        PurposeCheckTrigger.POLICY_ACTIVATED,
                        "greta.admin",
                        AT))
                .expectEvents(
                        checkRecorded(
                                check("ds-1", COMPATIBLE), PurposeCheckTrigger.POLICY_ACTIVATED, "greta.admin", AT),
                        checkRecorded(
                                check("ds-2", NOT_COMPATIBLE),
                                PurposeCheckTrigger.POLICY_ACTIVATED,
                                "greta.admin",
                                AT));
    }

    @Test
    void onDemandChecksAreTheChairs() {
        fixture.given(draftSaved(), submitted(), submittedCheck("ds-1"), submittedCheck("ds-2"))
                .when(new RecordPurposeChecks(
                        ID,
                        List.of(check("ds-1", COMPATIBLE), check("ds-2", COMPATIBLE)),
                        PurposeCheckTrigger.ON_DEMAND,
                        TEAM,
                        AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.INVOLVED));
    }

    @Test
    void aClosedRequestIsNotCheckedAgain() {
        fixture.given(draftSaved())
                .when(new RecordPurposeChecks(
                        ID,
                        List.of(check("ds-1", COMPATIBLE), check("ds-2", COMPATIBLE)),
                        PurposeCheckTrigger.POLICY_ACTIVATED,
                        "greta.admin",
                        AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void submissionChecksComeOnlyWithTheSubmission() {
        fixture.given(draftSaved(), submitted())
                .when(new RecordPurposeChecks(
                        ID,
                        List.of(check("ds-1", COMPATIBLE), check("ds-2", COMPATIBLE)),
                        PurposeCheckTrigger.SUBMISSION,
                        CHAIR,
                        AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "trigger", ErrorCodes.NOT_ONE_OF));
    }

    @Test
    void aResubmissionDropsEarlierOverrides() {
        fixture.given(decidableWithFailedDs2())
                .andGiven(
                        overridden("ds-2"),
                        AccessEvents.returned(),
                        new org.imagingledger.domain.access.api.AccessRequestResubmitted(
                                ID, APPLICANT, List.of("ds-1", "ds-2"), Map.of(), SUBMITTED_AT, APPLICANT, AT),
                        submittedCheck("ds-1"),
                        failedCheck("ds-2"),
                        reviewersAssigned(),
                        vote(R1, ReviewVote.APPROVE),
                        vote(R2, ReviewVote.APPROVE))
                .when(approve())
                .expectEvents(approved(List.of("ds-1"), List.of(), List.of("ds-2")));
    }
}
