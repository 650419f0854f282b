package org.imagingledger.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.AccessRequestDraftSaved;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.AccessRequestWithdrawn;
import org.imagingledger.domain.access.api.DraftAccessRequest;
import org.imagingledger.domain.access.api.PurposeCheckOutcome;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.access.api.ReviseAccessRequestDraft;
import org.imagingledger.domain.access.api.WithdrawAccessRequest;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItem;
import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.Refusals.violationArgs;
import static org.imagingledger.domain.access.AccessEvents.APPLICANT;
import static org.imagingledger.domain.access.AccessEvents.APPROVALS;
import static org.imagingledger.domain.access.AccessEvents.CONTENT;
import static org.imagingledger.domain.access.AccessEvents.DEADLINE;
import static org.imagingledger.domain.access.AccessEvents.ID;
import static org.imagingledger.domain.access.AccessEvents.LATER;
import static org.imagingledger.domain.access.AccessEvents.SUBMITTED_AT;
import static org.imagingledger.domain.access.AccessEvents.T0;
import static org.imagingledger.domain.access.AccessEvents.TEAM;
import static org.imagingledger.domain.access.AccessEvents.check;
import static org.imagingledger.domain.access.AccessEvents.checkRecorded;
import static org.imagingledger.domain.access.AccessEvents.draftSaved;
import static org.imagingledger.domain.access.AccessEvents.emptyDraftSaved;
import static org.imagingledger.domain.access.AccessEvents.returned;
import static org.imagingledger.domain.access.AccessEvents.submitted;
import static org.imagingledger.domain.access.AccessEvents.submittedCheck;

/** Drafting, revising, submitting and withdrawing: the applicant's commands. */
class DraftAndSubmitTest {

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    @Test
    void draftStoresTrimmedTextAndDuoIds() {
        RequestContent typed = new RequestContent(
                "  Federated lung nodule detection ",
                CONTENT.datasets(),
                new ResearchPurpose(List.of("hmb"), " ", false, false, false),
                CONTENT.summary(),
                CONTENT.operations(),
                CONTENT.periodFrom(),
                CONTENT.periodUntil(),
                CONTENT.team());
        fixture.givenNoPriorActivity()
                .when(new DraftAccessRequest(ID, typed, APPLICANT, T0))
                .expectEvents(draftSaved());
    }

    @Test
    void draftMayBeIncomplete() {
        fixture.givenNoPriorActivity()
                .when(new DraftAccessRequest(
                        ID, new RequestContent(null, null, null, " ", null, null, null, null), APPLICANT, T0))
                .expectEvents(emptyDraftSaved());
    }

    @Test
    void draftRefusesMalformedParts() {
        RequestContent bad = new RequestContent(
                "t",
                List.of("ds 1"),
                new ResearchPurpose(List.of("XYZ"), "MONDO:123", false, false, false),
                null,
                List.of("COPY_ALL"),
                LATER,
                T0,
                List.of(APPLICANT));
        fixture.givenNoPriorActivity()
                .when(new DraftAccessRequest(ID, bad, APPLICANT, T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "datasets[0]",
                        ErrorCodes.NOT_IDENTIFIER,
                        "team[0]",
                        ErrorCodes.APPLICANT_ON_TEAM,
                        "operations[0]",
                        ErrorCodes.NOT_ONE_OF,
                        "periodUntil",
                        ErrorCodes.NOT_AFTER,
                        "purpose.codes[0]",
                        ErrorCodes.UNKNOWN_DUO_TERM,
                        "purpose.disease",
                        ErrorCodes.UNKNOWN_MONDO_TERM));
    }

    /**
     * The web layer words not_one_of as "'{0}' is not one of {1}"; the draft's operation rule
     * (RequestRules.operations) gives it no arguments, unlike Operations.checkOne of the permit.
     */
    @Test
    void unknownOperationIsNamedInTheRefusal() {
        RequestContent bad = new RequestContent(null, null, null, null, List.of("COPY_ALL"), null, null, null);
        fixture.givenNoPriorActivity()
                .when(new DraftAccessRequest(ID, bad, APPLICANT, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "operations[0]", ErrorCodes.NOT_ONE_OF))
                .expectException(violationArgs("operations[0]", hasItem("COPY_ALL")));
    }

    @Test
    void draftNeedsContent() {
        fixture.givenNoPriorActivity()
                .when(new DraftAccessRequest(ID, null, APPLICANT, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "content", ErrorCodes.REQUIRED));
    }

    @Test
    void reviseDraft() {
        fixture.given(emptyDraftSaved())
                .when(new ReviseAccessRequestDraft(ID, CONTENT, APPLICANT, T0))
                .expectEvents(draftSaved());
    }

    @Test
    void reviseWhileReturned() {
        fixture.given(draftSaved(), submitted(), returned())
                .when(new ReviseAccessRequestDraft(ID, CONTENT, APPLICANT, LATER))
                .expectEvents(new AccessRequestDraftSaved(ID, APPLICANT, CONTENT, APPLICANT, LATER));
    }

    @Test
    void reviseRefusesMalformedContent() {
        fixture.given(draftSaved())
                .when(new ReviseAccessRequestDraft(
                        ID,
                        new RequestContent("x".repeat(Limits.TITLE + 1), null, null, null, null, null, null, null),
                        APPLICANT,
                        T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "title", ErrorCodes.TOO_LONG));
    }

    @Test
    void onlyTheApplicantRevises() {
        fixture.given(draftSaved())
                .when(new ReviseAccessRequestDraft(ID, CONTENT, TEAM, T0))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_APPLICANT));
    }

    @Test
    void submittedRequestCannotBeRevised() {
        fixture.given(draftSaved(), submitted())
                .when(new ReviseAccessRequestDraft(ID, CONTENT, APPLICANT, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void submitStartsTheTwoMonthDeadline() {
        fixture.given(draftSaved())
                .when(AccessEvents.submit(APPROVALS, APPLICANT, SUBMITTED_AT))
                .expectEvents(submitted(), submittedCheck("ds-1"), submittedCheck("ds-2"));
    }

    @Test
    void deadlineCountsUtcCalendarMonths() {
        Instant endOfYear = Instant.parse("2026-12-31T12:00:00Z");
        fixture.given(draftSaved())
                .when(AccessEvents.submit(Map.of(), APPLICANT, endOfYear))
                .expectEvents(
                        new AccessRequestSubmitted(
                                ID,
                                APPLICANT,
                                CONTENT.datasets(),
                                Map.of(),
                                Instant.parse("2027-02-28T12:00:00Z"),
                                APPLICANT,
                                endOfYear),
                        checkRecorded(
                                check("ds-1", PurposeCheckOutcome.COMPATIBLE),
                                PurposeCheckTrigger.SUBMISSION,
                                APPLICANT,
                                endOfYear),
                        checkRecorded(
                                check("ds-2", PurposeCheckOutcome.COMPATIBLE),
                                PurposeCheckTrigger.SUBMISSION,
                                APPLICANT,
                                endOfYear));
    }

    @Test
    void submitNeedsACompleteRequest() {
        fixture.given(emptyDraftSaved())
                .when(AccessEvents.submit(Map.of(), APPLICANT, SUBMITTED_AT))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "title",
                        ErrorCodes.REQUIRED,
                        "datasets",
                        ErrorCodes.EMPTY,
                        "summary",
                        ErrorCodes.REQUIRED,
                        "operations",
                        ErrorCodes.EMPTY,
                        "periodFrom",
                        ErrorCodes.REQUIRED,
                        "periodUntil",
                        ErrorCodes.REQUIRED,
                        "purpose",
                        ErrorCodes.REQUIRED));
    }

    @Test
    void submitNeedsDiseaseForDiseaseSpecificPurpose() {
        RequestContent ds = new RequestContent(
                CONTENT.title(),
                CONTENT.datasets(),
                new ResearchPurpose(List.of("DUO:0000007"), null, false, false, false),
                CONTENT.summary(),
                CONTENT.operations(),
                CONTENT.periodFrom(),
                CONTENT.periodUntil(),
                CONTENT.team());
        fixture.given(new AccessRequestDraftSaved(ID, APPLICANT, ds, APPLICANT, T0))
                .when(AccessEvents.submit(Map.of(), APPLICANT, SUBMITTED_AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "purpose.disease", ErrorCodes.REQUIRED));
    }

    @Test
    void nodeApprovalsMustNameRequestedDatasets() {
        fixture.given(draftSaved())
                .when(AccessEvents.submit(Map.of("ds-9", "node-x"), APPLICANT, SUBMITTED_AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "nodeApprovals", ErrorCodes.UNKNOWN_REFERENCE));
    }

    /**
     * The web layer words unknown_reference as "names nothing the ledger knows: {0}"; the
     * submission's node-approval rule gives it no arguments.
     */
    @Test
    void unknownDatasetOfANodeApprovalIsNamedInTheRefusal() {
        fixture.given(draftSaved())
                .when(AccessEvents.submit(Map.of("ds-9", "node-x"), APPLICANT, SUBMITTED_AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "nodeApprovals", ErrorCodes.UNKNOWN_REFERENCE))
                .expectException(violationArgs("nodeApprovals", hasItem("ds-9")));
    }

    @Test
    void onlyTheApplicantSubmits() {
        fixture.given(draftSaved())
                .when(AccessEvents.submit(APPROVALS, TEAM, SUBMITTED_AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_APPLICANT));
    }

    @Test
    void submitTwiceIsRefused() {
        fixture.given(draftSaved(), submitted())
                .when(AccessEvents.submit(APPROVALS, APPLICANT, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void submitAfterReturnIsAResubmissionWithANewDeadline() {
        Instant again = Instant.parse("2026-03-20T08:00:00Z");
        fixture.given(draftSaved(), submitted(), returned())
                .when(AccessEvents.submit(APPROVALS, APPLICANT, again))
                .expectEvents(
                        new AccessRequestResubmitted(
                                ID,
                                APPLICANT,
                                CONTENT.datasets(),
                                APPROVALS,
                                Instant.parse("2026-05-20T08:00:00Z"),
                                APPLICANT,
                                again),
                        checkRecorded(
                                check("ds-1", PurposeCheckOutcome.COMPATIBLE),
                                PurposeCheckTrigger.SUBMISSION,
                                APPLICANT,
                                again),
                        checkRecorded(
                                check("ds-2", PurposeCheckOutcome.COMPATIBLE),
                                PurposeCheckTrigger.SUBMISSION,
                                APPLICANT,
                                again));
    }

    @Test
    void withdraw() {
        fixture.given(draftSaved(), submitted())
                .when(new WithdrawAccessRequest(ID, "  ", APPLICANT, LATER))
                .expectEvents(AccessEvents.withdrawn());
    }

    @Test
    void withdrawReasonIsBounded() {
        fixture.given(draftSaved())
                .when(new WithdrawAccessRequest(ID, "x".repeat(Limits.REASON + 1), APPLICANT, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.TOO_LONG));
    }

    @Test
    void onlyTheApplicantWithdraws() {
        fixture.given(draftSaved(), submitted())
                .when(new WithdrawAccessRequest(ID, null, TEAM, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_APPLICANT));
    }

    @Test
    void decidedRequestCannotBeWithdrawn() {
        fixture.given(draftSaved(), submitted(), AccessEvents.rejected())
                .when(new WithdrawAccessRequest(ID, "changed my mind", APPLICANT, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS));
    }

    @Test
    void withdrawnEventKeepsTheReason() {
        fixture.given(draftSaved())
                .when(new WithdrawAccessRequest(ID, " funding ended ", APPLICANT, LATER))
                .expectEvents(new AccessRequestWithdrawn(ID, "funding ended", APPLICANT, LATER));
    }

    @Test
    void deadlineConstantMatchesCanonicalEvents() {
        org.assertj.core.api.Assertions.assertThat(AccessRequest.statutoryDeadline(SUBMITTED_AT))
                .isEqualTo(DEADLINE);
    }
}
