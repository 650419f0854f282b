package org.imagingledger.domain.access;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.access.api.ApproveAccessRequest;
import org.imagingledger.domain.access.api.AssignReviewers;
import org.imagingledger.domain.access.api.ChairConflictDeclared;
import org.imagingledger.domain.access.api.DeclareChairConflict;
import org.imagingledger.domain.access.api.ExtendReviewDeadline;
import org.imagingledger.domain.access.api.RejectAccessRequest;
import org.imagingledger.domain.access.api.ReturnAccessRequestForChanges;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.access.AccessEvents.CHAIR;
import static org.imagingledger.domain.access.AccessEvents.ID;
import static org.imagingledger.domain.access.AccessEvents.LATER;
import static org.imagingledger.domain.access.AccessEvents.R1;
import static org.imagingledger.domain.access.AccessEvents.R2;
import static org.imagingledger.domain.access.AccessEvents.SUBMITTED_AT;
import static org.imagingledger.domain.access.AccessEvents.T0;
import static org.imagingledger.domain.access.AccessEvents.decidable;
import static org.imagingledger.domain.access.AccessEvents.draftSaved;
import static org.imagingledger.domain.access.AccessEvents.submitted;

/** Who may chair a request: no declared conflict, not on its panel; another chair or a deputy must act. */
class ChairRulesTest {

    private static final String OTHER_CHAIR = "ciro.chair";
    private static final Instant AT = SUBMITTED_AT.plusSeconds(300);

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    private static ChairConflictDeclared conflicted() {
        return new ChairConflictDeclared(ID, CHAIR, "supervised the applicant's thesis", CHAIR, AT);
    }

    private static ApproveAccessRequest approve(String chair) {
        return new ApproveAccessRequest(
                ID, "permit-1", List.of(), T0.plusSeconds(86400), T0.plusSeconds(300 * 86400), null, chair, LATER);
    }

    @Test
    void aChairDeclaresAConflict() {
        fixture.given(draftSaved(), submitted())
                .when(new DeclareChairConflict(ID, " supervised the applicant's thesis ", CHAIR, AT))
                .expectEvents(conflicted());
    }

    @Test
    void aConflictIsDeclaredOnce() {
        fixture.given(draftSaved(), submitted(), conflicted())
                .when(new DeclareChairConflict(ID, null, CHAIR, AT))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.CONFLICT_ALREADY_DECLARED));
    }

    @Test
    void aConflictedChairCannotApprove() {
        fixture.given(decidable())
                .andGiven(conflicted())
                .when(approve(CHAIR))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CHAIR_CONFLICT));
    }

    @Test
    void aConflictedChairCannotReject() {
        fixture.given(decidable())
                .andGiven(conflicted())
                .when(new RejectAccessRequest(ID, "no", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CHAIR_CONFLICT));
    }

    @Test
    void aConflictedChairCannotReturn() {
        fixture.given(draftSaved(), submitted(), conflicted())
                .when(new ReturnAccessRequestForChanges(ID, "unclear", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CHAIR_CONFLICT));
    }

    @Test
    void aConflictedChairCannotExtend() {
        fixture.given(draftSaved(), submitted(), conflicted())
                .when(new ExtendReviewDeadline(ID, "busy", CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CHAIR_CONFLICT));
    }

    @Test
    void aConflictedChairCannotAssignThePanel() {
        fixture.given(draftSaved(), submitted(), conflicted())
                .when(new AssignReviewers(ID, List.of(R1, R2), 2, CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CHAIR_CONFLICT));
    }

    @Test
    void anotherChairDecidesInstead() {
        fixture.given(decidable())
                .andGiven(conflicted())
                .when(new RejectAccessRequest(ID, "outside the consent", OTHER_CHAIR, LATER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theAssigningChairIsNotAReviewer() {
        fixture.given(draftSaved(), submitted())
                .when(new AssignReviewers(ID, List.of(R1, CHAIR), 2, CHAIR, LATER))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, "reviewers[1]", ErrorCodes.REVIEWER_IS_CHAIR));
    }

    @Test
    void aChairOnThePanelCannotDecide() {
        fixture.given(decidable())
                .andGiven(new ReviewersAssigned(ID, List.of(R1, R2, OTHER_CHAIR), 2, CHAIR, AT))
                .when(approve(OTHER_CHAIR))
                .expectNoEvents()
                .expectException(refused(Kind.FORBIDDEN, ErrorCodes.CHAIR_ON_PANEL));
    }
}
