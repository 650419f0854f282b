package org.imagingledger.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.AccessRequestDraftSaved;
import org.imagingledger.domain.access.api.AccessRequestRejected;
import org.imagingledger.domain.access.api.AccessRequestReturnedForChanges;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.AccessRequestWithdrawn;
import org.imagingledger.domain.access.api.ConflictOfInterestDeclared;
import org.imagingledger.domain.access.api.NodeDecisionRecorded;
import org.imagingledger.domain.access.api.PolicyItem;
import org.imagingledger.domain.access.api.PurposeCheck;
import org.imagingledger.domain.access.api.PurposeCheckOutcome;
import org.imagingledger.domain.access.api.PurposeCheckRecorded;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.access.api.ReviewDeadlineExtended;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.access.api.ReviewVoteCast;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.imagingledger.domain.access.api.SubmitAccessRequest;

/**
 * The canonical "given" events of the access tests: request req-1 by rita.researcher (team:
 * remo.researcher) for ds-1 (node-it-1 must agree) and ds-2, reviewed by dora.dac and dirk.dac
 * with quorum 2, chaired by carla.chair.
 */
final class AccessEvents {

    static final String ID = "req-1";
    static final String APPLICANT = "rita.researcher";
    static final String TEAM = "remo.researcher";
    static final String CHAIR = "carla.chair";
    static final String R1 = "dora.dac";
    static final String R2 = "dirk.dac";
    static final String R3 = "diana.dac";
    static final String NODE = "node-it-1";
    static final String NODE_ACTOR = "node:" + NODE;
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant SUBMITTED_AT = T0.plus(Duration.ofHours(1));
    /** Two UTC calendar months after SUBMITTED_AT. */
    static final Instant DEADLINE = Instant.parse("2026-05-01T10:00:00Z");

    static final Instant LATER = T0.plus(Duration.ofDays(3));
    static final ResearchPurpose HMB = new ResearchPurpose(List.of("DUO:0000006"), null, false, false, false);
    static final RequestContent CONTENT = new RequestContent(
            "Federated lung nodule detection",
            List.of("ds-1", "ds-2"),
            HMB,
            "Train a nodule detector across nodes.",
            List.of("FEDERATED_TRAINING"),
            T0,
            T0.plus(Duration.ofDays(365)),
            List.of(TEAM));
    static final RequestContent EMPTY =
            new RequestContent(null, List.of(), null, null, List.of(), null, null, List.of());
    static final Map<String, String> APPROVALS = Map.of("ds-1", NODE);

    private AccessEvents() {}

    static AccessRequestDraftSaved draftSaved() {
        return new AccessRequestDraftSaved(ID, APPLICANT, CONTENT, APPLICANT, T0);
    }

    static AccessRequestDraftSaved emptyDraftSaved() {
        return new AccessRequestDraftSaved(ID, APPLICANT, EMPTY, APPLICANT, T0);
    }

    static AccessRequestSubmitted submitted() {
        return new AccessRequestSubmitted(
                ID, APPLICANT, CONTENT.datasets(), APPROVALS, DEADLINE, APPLICANT, SUBMITTED_AT);
    }

    static ReviewersAssigned reviewersAssigned() {
        return new ReviewersAssigned(ID, List.of(R1, R2), 2, CHAIR, SUBMITTED_AT.plusSeconds(60));
    }

    static ReviewVoteCast vote(String reviewer, ReviewVote vote) {
        return new ReviewVoteCast(ID, reviewer, vote, "sound protocol", reviewer, SUBMITTED_AT.plusSeconds(120));
    }

    static ConflictOfInterestDeclared conflict(String reviewer) {
        return new ConflictOfInterestDeclared(
                ID, reviewer, "co-author of the applicant", reviewer, SUBMITTED_AT.plusSeconds(90));
    }

    static NodeDecisionRecorded nodeAgreed() {
        return new NodeDecisionRecorded(ID, "ds-1", NODE, true, null, NODE_ACTOR, SUBMITTED_AT.plusSeconds(30));
    }

    static NodeDecisionRecorded nodeDeclined() {
        return new NodeDecisionRecorded(
                ID, "ds-1", NODE, false, "local ethics board said no", NODE_ACTOR, SUBMITTED_AT.plusSeconds(30));
    }

    static ReviewDeadlineExtended extended() {
        return new ReviewDeadlineExtended(
                ID, "external expert needed", DEADLINE, Instant.parse("2026-07-01T10:00:00Z"), CHAIR, LATER);
    }

    static AccessRequestReturnedForChanges returned() {
        return new AccessRequestReturnedForChanges(ID, "describe the model", CHAIR, LATER);
    }

    static AccessRequestApproved approved() {
        return new AccessRequestApproved(
                ID,
                "permit-1",
                APPLICANT,
                List.of("ds-1", "ds-2"),
                HMB,
                List.of("FEDERATED_TRAINING"),
                List.of(APPLICANT, TEAM),
                T0.plus(Duration.ofDays(7)),
                T0.plus(Duration.ofDays(372)),
                List.of("publish results openly"),
                List.of(),
                List.of(),
                null,
                CHAIR,
                LATER);
    }

    static final String REVISION = "rev-1";

    /** The check of a requested dataset as the policy answered it: compatible, or not with a reason. */
    static PurposeCheck check(String dataset, PurposeCheckOutcome outcome) {
        return switch (outcome) {
            case COMPATIBLE ->
                new PurposeCheck(
                        dataset,
                        REVISION,
                        outcome,
                        List.of(new PolicyItem("ALLOWED", null, "allowed")),
                        List.of(new PolicyItem("DUO:0000021", "IRB", "ethics approval required")));
            case NOT_COMPATIBLE ->
                new PurposeCheck(
                        dataset,
                        REVISION,
                        outcome,
                        List.of(new PolicyItem("DUO_NOT_HEALTH_RESEARCH", null, "not health research")),
                        List.of());
            case NOT_EVALUATED ->
                new PurposeCheck(
                        dataset,
                        null,
                        outcome,
                        List.of(new PolicyItem("NOT_EVALUATED", null, "no active policy")),
                        List.of());
        };
    }

    /** Both requested datasets compatible. */
    static List<PurposeCheck> compatible() {
        return List.of(check("ds-1", PurposeCheckOutcome.COMPATIBLE), check("ds-2", PurposeCheckOutcome.COMPATIBLE));
    }

    static SubmitAccessRequest submit(Map<String, String> approvals, String actor, Instant at) {
        return new SubmitAccessRequest(ID, approvals, compatible(), List.of(), actor, at);
    }

    static PurposeCheckRecorded checkRecorded(
            PurposeCheck check, PurposeCheckTrigger trigger, String actor, Instant at) {
        return new PurposeCheckRecorded(
                ID,
                check.datasetId(),
                check.revision(),
                check.outcome().allows(),
                check.outcome(),
                check.reasons(),
                check.outcome().allows() ? check.obligations() : List.of(),
                trigger,
                actor,
                at);
    }

    /** The submission's checks of ds-1 and ds-2, both compatible. */
    static PurposeCheckRecorded submittedCheck(String dataset) {
        return checkRecorded(
                check(dataset, PurposeCheckOutcome.COMPATIBLE),
                PurposeCheckTrigger.SUBMISSION,
                APPLICANT,
                SUBMITTED_AT);
    }

    static AccessRequestRejected rejected() {
        return new AccessRequestRejected(ID, "purpose outside consent", CHAIR, LATER);
    }

    static AccessRequestWithdrawn withdrawn() {
        return new AccessRequestWithdrawn(ID, null, APPLICANT, LATER);
    }

    /** The events of a request ready for the chair's decision: quorum of votes, node answered. */
    static Object[] decidable() {
        return new Object[] {
            draftSaved(),
            submitted(),
            submittedCheck("ds-1"),
            submittedCheck("ds-2"),
            reviewersAssigned(),
            nodeAgreed(),
            vote(R1, ReviewVote.APPROVE),
            vote(R2, ReviewVote.APPROVE)
        };
    }
}
