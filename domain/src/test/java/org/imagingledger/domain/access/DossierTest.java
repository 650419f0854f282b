package org.imagingledger.domain.access;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.AnswerApplicantQuestion;
import org.imagingledger.domain.access.api.ApplicantQuestionAnswered;
import org.imagingledger.domain.access.api.ApplicantQuestionAsked;
import org.imagingledger.domain.access.api.AskApplicant;
import org.imagingledger.domain.access.api.AttachDocument;
import org.imagingledger.domain.access.api.DocumentAttached;
import org.imagingledger.domain.access.api.DocumentKind;
import org.imagingledger.domain.access.api.PanelCommentPosted;
import org.imagingledger.domain.access.api.PostPanelComment;
import org.imagingledger.domain.access.api.SubmitAccessRequest;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.access.AccessEvents.APPLICANT;
import static org.imagingledger.domain.access.AccessEvents.APPROVALS;
import static org.imagingledger.domain.access.AccessEvents.CHAIR;
import static org.imagingledger.domain.access.AccessEvents.ID;
import static org.imagingledger.domain.access.AccessEvents.R1;
import static org.imagingledger.domain.access.AccessEvents.R3;
import static org.imagingledger.domain.access.AccessEvents.SUBMITTED_AT;
import static org.imagingledger.domain.access.AccessEvents.T0;
import static org.imagingledger.domain.access.AccessEvents.TEAM;
import static org.imagingledger.domain.access.AccessEvents.compatible;
import static org.imagingledger.domain.access.AccessEvents.draftSaved;
import static org.imagingledger.domain.access.AccessEvents.reviewersAssigned;
import static org.imagingledger.domain.access.AccessEvents.submitted;
import static org.imagingledger.domain.access.AccessEvents.submittedCheck;

/** Documents, the panel's discussion and the questions to the applicant. */
class DossierTest {

    private static final String SHA = "a".repeat(64);
    private static final Instant AT = SUBMITTED_AT.plusSeconds(300);

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    private static AttachDocument attach(DocumentKind kind, String sha, String actor) {
        return new AttachDocument(ID, "doc-1", kind, " ethics.pdf ", "application/pdf", 1234, sha, actor, T0);
    }

    private static DocumentAttached attached(DocumentKind kind) {
        return new DocumentAttached(ID, "doc-1", kind, "ethics.pdf", "application/pdf", 1234, SHA, APPLICANT, T0);
    }

    private static SubmitAccessRequest submitNeedingEthics() {
        return new SubmitAccessRequest(ID, APPROVALS, compatible(), List.of("ds-1"), APPLICANT, SUBMITTED_AT);
    }

    @Test
    void theApplicantAttachesADocument() {
        fixture.given(draftSaved())
                .when(attach(DocumentKind.ETHICS_APPROVAL, SHA, APPLICANT))
                .expectEvents(attached(DocumentKind.ETHICS_APPROVAL));
    }

    @Test
    void onlyTheApplicantAttaches() {
        fixture.given(draftSaved())
                .when(attach(DocumentKind.PROTOCOL, SHA, TEAM))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_APPLICANT));
    }

    @Test
    void aDocumentIsAPdfPngOrJpegWithADigest() {
        fixture.given(draftSaved())
                .when(new AttachDocument(
                        ID, "doc-1", DocumentKind.OTHER, "x.exe", "application/x-msdownload", 0, "XYZ", APPLICANT, T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "file",
                        ErrorCodes.UNSUPPORTED_DOCUMENT,
                        "size",
                        ErrorCodes.NOT_POSITIVE,
                        "sha256",
                        ErrorCodes.NOT_HEX));
    }

    @Test
    void theSameFileIsAttachedOnce() {
        fixture.given(draftSaved(), attached(DocumentKind.PROTOCOL))
                .when(new AttachDocument(
                        ID, "doc-2", DocumentKind.OTHER, "copy.pdf", "application/pdf", 1234, SHA, APPLICANT, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "file", ErrorCodes.DUPLICATE_ENTRY));
    }

    @Test
    void submissionNeedsAnEthicsApprovalWhenADatasetCarriesIrb() {
        fixture.given(draftSaved(), attached(DocumentKind.PROTOCOL))
                .when(submitNeedingEthics())
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ETHICS_APPROVAL_MISSING));
    }

    @Test
    void withTheEthicsApprovalAttachedTheRequestIsSubmitted() {
        fixture.given(draftSaved(), attached(DocumentKind.ETHICS_APPROVAL))
                .when(submitNeedingEthics())
                .expectEvents(submitted(), submittedCheck("ds-1"), submittedCheck("ds-2"));
    }

    @Test
    void aReviewerCommentsForThePanel() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new PostPanelComment(ID, "c-1", " the cohort is small ", false, R1, AT))
                .expectEvents(new PanelCommentPosted(ID, "c-1", "the cohort is small", R1, AT));
    }

    @Test
    void aChairCommentsWithoutBeingOnThePanel() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new PostPanelComment(ID, "c-1", "ask for the DMP", true, CHAIR, AT))
                .expectEvents(new PanelCommentPosted(ID, "c-1", "ask for the DMP", CHAIR, AT));
    }

    @Test
    void aMemberOffThePanelDoesNotComment() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new PostPanelComment(ID, "c-1", "hello", false, R3, AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_REVIEWER));
    }

    @Test
    void theTeamNeverSpeaksInThePanel() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new PostPanelComment(ID, "c-1", "please approve", true, TEAM, AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.INVOLVED));
    }

    @Test
    void aReviewerAsksAndTheTeamAnswers() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .andGiven(new ApplicantQuestionAsked(ID, "q-1", "Which scanners?", R1, AT))
                .when(new AnswerApplicantQuestion(ID, "q-1", " Siemens and GE ", TEAM, AT))
                .expectEvents(new ApplicantQuestionAnswered(ID, "q-1", "Siemens and GE", TEAM, AT));
    }

    @Test
    void aQuestionIsAskedByTheDacSide() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .when(new AskApplicant(ID, "q-1", " Which scanners? ", false, R1, AT))
                .expectEvents(new ApplicantQuestionAsked(ID, "q-1", "Which scanners?", R1, AT));
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .andGiven(
                        new ApplicantQuestionAsked(ID, "q-1", "Which scanners?", R1, AT),
                        new ApplicantQuestionAnswered(ID, "q-1", "GE", APPLICANT, AT))
                .when(new AnswerApplicantQuestion(ID, "q-1", "Siemens too", APPLICANT, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALREADY_ANSWERED));
    }

    @Test
    void onlyTheApplicantOrTeamAnswers() {
        fixture.given(draftSaved(), submitted(), reviewersAssigned())
                .andGiven(new ApplicantQuestionAsked(ID, "q-1", "Which scanners?", R1, AT))
                .when(new AnswerApplicantQuestion(ID, "q-1", "none", R1, AT))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.NOT_APPLICANT));
    }

    @Test
    void anUnknownQuestionIsNotFound() {
        fixture.given(draftSaved(), submitted())
                .when(new AnswerApplicantQuestion(ID, "q-9", "?", APPLICANT, AT))
                .expectNoEvents()
                .expectException(refused(Kind.NOT_FOUND, ErrorCodes.NOT_FOUND));
    }
}
