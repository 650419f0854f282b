package org.imagingledger.domain.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.AccessRequestDraftSaved;
import org.imagingledger.domain.access.api.AccessRequestRejected;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestReturnedForChanges;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.AccessRequestWithdrawn;
import org.imagingledger.domain.access.api.ApproveAccessRequest;
import org.imagingledger.domain.access.api.ChairConflictDeclared;
import org.imagingledger.domain.access.api.DeclareChairConflict;
import org.imagingledger.domain.access.api.DraftAccessRequest;
import org.imagingledger.domain.access.api.ExtendReviewDeadline;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;
import org.imagingledger.domain.access.api.RejectAccessRequest;
import org.imagingledger.domain.access.api.RequestAction;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ReturnAccessRequestForChanges;
import org.imagingledger.domain.access.api.ReviewDeadlineExtended;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.imagingledger.domain.access.api.ReviseAccessRequestDraft;
import org.imagingledger.domain.access.api.SubmitAccessRequest;
import org.imagingledger.domain.access.api.WithdrawAccessRequest;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.imagingledger.domain.access.api.AccessRequestStatus.DRAFT;
import static org.imagingledger.domain.access.api.AccessRequestStatus.RETURNED;
import static org.imagingledger.domain.access.api.AccessRequestStatus.SUBMITTED;
import static org.imagingledger.domain.access.api.AccessRequestStatus.UNDER_REVIEW;

/**
 * An applicant's request for access to datasets, from draft to the DAC's decision. The review
 * round itself (panel, conflicts, votes, node decisions) lives in the member {@link Review}.
 */
class AccessRequest {

    /** EHDS: the body decides within two months of the application, extendable once by two months. */
    static final int STATUTORY_MONTHS = 2;

    @AggregateIdentifier
    private String requestId;

    private String applicant;
    private RequestContent content;
    private AccessRequestStatus status;
    private Instant deadline;
    private boolean extended;
    /** Holds a reference back, so that the review can ask who is involved and what state the request is in. */
    @AggregateMember
    private final Review review = new Review(this);
    /** The purpose checks of the requested datasets and the chair's overrides. */
    @AggregateMember
    private final PurposeReview purposes = new PurposeReview(this);
    /** Attached documents, the panel's discussion and the questions to the applicant. */
    @AggregateMember
    private final Dossier dossier = new Dossier(this);
    /** Chairs who declared a conflict of interest on this request: they may no longer chair it. */
    private final Set<String> conflictedChairs = new HashSet<>();

    AccessRequest() {}

    @CommandHandler
    AccessRequest(DraftAccessRequest command) {
        Violations violations = Violations.check()
                .identifier("requestId", command.requestId())
                .identifier("actor", command.actor())
                .notNull("at", command.at());
        RequestContent content = RequestRules.draft(violations, command.content(), command.actor());
        violations.orReject();
        apply(new AccessRequestDraftSaved(
                command.requestId(), command.actor(), content, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReviseAccessRequestDraft command) {
        Violations violations = actorAndTime(command.actor(), command.at());
        RequestContent revised = RequestRules.draft(violations, command.content(), applicant);
        violations.orReject();
        requireApplicant(command.actor(), "revise");
        requireStatus(RequestAction.REVISE);
        apply(new AccessRequestDraftSaved(requestId, applicant, revised, command.actor(), command.at()));
    }

    /**
     * Submits or, from RETURNED, resubmits. The statutory deadline is two UTC calendar months
     * from this submission; a resubmission is a new application in the EHDS sense, so the
     * deadline (and the one extension) starts over.
     */
    @CommandHandler
    void handle(SubmitAccessRequest command) {
        Violations violations = actorAndTime(command.actor(), command.at())
                .notNull("nodeApprovals", command.nodeApprovals())
                .notNull("purposeChecks", command.purposeChecks())
                .notNull("ethicsRequiredBy", command.ethicsRequiredBy());
        violations.orReject();
        requireApplicant(command.actor(), "submit");
        requireStatus(RequestAction.SUBMIT);
        RequestRules.complete(violations, content);
        if (violations.isEmpty()) {
            PurposeReview.checkResults(violations, "purposeChecks", command.purposeChecks(), content.datasets());
        }
        Map<String, String> approvals = new LinkedHashMap<>();
        command.nodeApprovals().forEach((dataset, node) -> {
            violations.when(
                    !content.datasets().contains(dataset),
                    "nodeApprovals",
                    ErrorCodes.UNKNOWN_REFERENCE,
                    "names dataset " + dataset + ", which the request does not ask for",
                    dataset);
            violations.identifier("nodeApprovals[" + dataset + "]", node);
            approvals.put(dataset, node);
        });
        violations.orReject();
        List<String> needEthics = command.ethicsRequiredBy().stream()
                .filter(content.datasets()::contains)
                .toList();
        if (!needEthics.isEmpty() && !dossier.hasEthicsApproval()) {
            throw CommandRejected.state(
                    ErrorCodes.ETHICS_APPROVAL_MISSING,
                    "datasets " + needEthics + " require ethics approval (DUO IRB): attach the approval first",
                    String.join(", ", needEthics));
        }
        Instant due = statutoryDeadline(command.at());
        if (status == RETURNED) {
            apply(new AccessRequestResubmitted(
                    requestId, applicant, content.datasets(), approvals, due, command.actor(), command.at()));
        } else {
            apply(new AccessRequestSubmitted(
                    requestId, applicant, content.datasets(), approvals, due, command.actor(), command.at()));
        }
        purposes.record(
                PurposeReview.inRequestOrder(command.purposeChecks(), content.datasets()),
                PurposeCheckTrigger.SUBMISSION,
                command.actor(),
                command.at());
    }

    /**
     * A chair steps aside. From then on any chair action on this request by them is refused;
     * another chair or a deputy must act. The conflict outlives review rounds: it is about the
     * request and its people, not about one version of its content.
     */
    @CommandHandler
    void handle(DeclareChairConflict command) {
        actorAndTime(command.actor(), command.at())
                .maxLength("comment", command.comment(), Limits.COMMENT)
                .orReject();
        requireStatus(RequestAction.DECLARE_CHAIR_CONFLICT);
        if (conflictedChairs.contains(command.actor())) {
            throw CommandRejected.state(
                    ErrorCodes.CONFLICT_ALREADY_DECLARED,
                    command.actor() + " has already declared a conflict of interest",
                    command.actor());
        }
        String comment = command.comment() == null || command.comment().isBlank()
                ? null
                : command.comment().trim();
        apply(new ChairConflictDeclared(requestId, command.actor(), comment, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ExtendReviewDeadline command) {
        actorAndTime(command.actor(), command.at())
                .text("reason", command.reason(), Limits.REASON)
                .orReject();
        requireChairMayAct(command.actor());
        requireStatus(RequestAction.EXTEND_DEADLINE);
        if (extended) {
            throw CommandRejected.state(
                    ErrorCodes.DEADLINE_ALREADY_EXTENDED,
                    "the deadline of request " + requestId + " was already extended once");
        }
        apply(new ReviewDeadlineExtended(
                requestId,
                command.reason().trim(),
                deadline,
                deadline.atZone(ZoneOffset.UTC).plusMonths(STATUTORY_MONTHS).toInstant(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(ApproveAccessRequest command) {
        Violations violations = actorAndTime(command.actor(), command.at())
                .identifier("permitId", command.permitId())
                .notNull("conditions", command.conditions())
                .maxSize("conditions", command.conditions(), Limits.CONDITIONS)
                .ordered("validFrom", command.validFrom(), "validUntil", command.validUntil())
                .optionalText("reason", command.reason(), Limits.REASON);
        List<String> conditions = new ArrayList<>();
        if (command.conditions() != null) {
            for (int i = 0; i < command.conditions().size(); i++) {
                violations.text("conditions[" + i + "]", command.conditions().get(i), Limits.CONDITION);
                if (command.conditions().get(i) != null) {
                    conditions.add(command.conditions().get(i).trim());
                }
            }
        }
        violations.orReject();
        requireDecidable(RequestAction.APPROVE, command.actor());
        List<String> agreed = review.grantedDatasets(content.datasets());
        if (agreed.isEmpty()) {
            throw CommandRejected.state(
                    ErrorCodes.ALL_DATASETS_DECLINED,
                    "every dataset of request " + requestId + " was declined by its node: reject or return it instead");
        }
        List<String> granted = agreed.stream().filter(purposes::mayBeGranted).toList();
        List<String> excluded =
                agreed.stream().filter(d -> !purposes.mayBeGranted(d)).toList();
        if (granted.isEmpty()) {
            throw CommandRejected.state(
                    ErrorCodes.NO_DATASET_LEFT,
                    "no dataset of request " + requestId + " may be granted: " + excluded
                            + " failed the purpose check without an override",
                    String.join(", ", excluded));
        }
        List<String> overridden =
                granted.stream().filter(purposes::keptByOverride).toList();
        List<String> members = new ArrayList<>();
        members.add(applicant);
        members.addAll(content.team());
        apply(new AccessRequestApproved(
                requestId,
                command.permitId(),
                applicant,
                granted,
                content.purpose(),
                content.operations(),
                members,
                command.validFrom(),
                command.validUntil(),
                List.copyOf(conditions),
                overridden,
                excluded,
                command.reason() == null || command.reason().isBlank()
                        ? null
                        : command.reason().trim(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(RejectAccessRequest command) {
        actorAndTime(command.actor(), command.at())
                .text("reason", command.reason(), Limits.REASON)
                .orReject();
        requireDecidable(RequestAction.REJECT, command.actor());
        apply(new AccessRequestRejected(requestId, command.reason().trim(), command.actor(), command.at()));
    }

    /** Needs no quorum: the chair may send an incomplete or unclear request back at once. */
    @CommandHandler
    void handle(ReturnAccessRequestForChanges command) {
        actorAndTime(command.actor(), command.at())
                .text("reason", command.reason(), Limits.REASON)
                .orReject();
        requireChairMayAct(command.actor());
        requireStatus(RequestAction.RETURN);
        apply(new AccessRequestReturnedForChanges(requestId, command.reason().trim(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(WithdrawAccessRequest command) {
        actorAndTime(command.actor(), command.at())
                .maxLength("reason", command.reason(), Limits.REASON)
                .orReject();
        requireApplicant(command.actor(), "withdraw");
        requireStatus(RequestAction.WITHDRAW);
        String reason = command.reason() == null || command.reason().isBlank()
                ? null
                : command.reason().trim();
        apply(new AccessRequestWithdrawn(requestId, reason, command.actor(), command.at()));
    }

    /** The decisions that close the review: the panel has voted and every node that must answer has. */
    private void requireDecidable(RequestAction action, String actor) {
        requireChairMayAct(actor);
        requireStatus(action);
        review.requireComplete(requestId);
    }

    static Instant statutoryDeadline(Instant submittedAt) {
        return submittedAt.atZone(ZoneOffset.UTC).plusMonths(STATUTORY_MONTHS).toInstant();
    }

    static Violations actorAndTime(String actor, Instant at) {
        return Violations.check().identifier("actor", actor).notNull("at", at);
    }

    private void requireApplicant(String actor, String what) {
        if (!applicant.equals(actor)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_APPLICANT, "only the applicant may " + what + " request " + requestId);
        }
    }

    /** Nobody judges their own request: not the applicant, not a team member. */
    void requireUninvolved(String actor) {
        if (isInvolved(actor)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.INVOLVED, actor + " is the applicant or on the team of request " + requestId);
        }
    }

    /**
     * What every chair action needs of the acting chair: not the applicant or on the team, no
     * declared conflict on this request, and not a reviewer of it (no one judges a request both
     * on the panel and as its chair).
     */
    void requireChairMayAct(String actor) {
        requireUninvolved(actor);
        if (conflictedChairs.contains(actor)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.CHAIR_CONFLICT,
                    actor + " declared a conflict of interest on request " + requestId
                            + ": another chair or a deputy must act",
                    actor);
        }
        if (review.isReviewer(actor)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.CHAIR_ON_PANEL,
                    actor + " reviews request " + requestId + " and may not also chair it",
                    actor);
        }
    }

    boolean isReviewer(String person) {
        return review.isReviewer(person);
    }

    boolean isChairConflicted(String person) {
        return conflictedChairs.contains(person);
    }

    String applicant() {
        return applicant;
    }

    RequestContent content() {
        return content;
    }

    boolean isInvolved(String person) {
        return applicant.equals(person) || content.team().contains(person);
    }

    void requireStatus(RequestAction action) {
        if (!action.allowedIn(status)) {
            throw CommandRejected.state(
                    ErrorCodes.STATE_FORBIDS,
                    "request " + requestId + " is " + status + " and cannot be " + action.participle(),
                    status.name(),
                    action.name());
        }
    }

    String requestId() {
        return requestId;
    }

    AccessRequestStatus status() {
        return status;
    }

    @EventSourcingHandler
    void on(AccessRequestDraftSaved event) {
        requestId = event.requestId();
        applicant = event.applicant();
        content = event.content();
        if (status == null) {
            status = DRAFT;
        }
    }

    @EventSourcingHandler
    void on(AccessRequestSubmitted event) {
        startRound(event.deadline());
    }

    @EventSourcingHandler
    void on(AccessRequestResubmitted event) {
        startRound(event.deadline());
    }

    /** Each (re)submission starts a new statutory period; {@link Review} starts its new round too. */
    private void startRound(Instant due) {
        status = SUBMITTED;
        deadline = due;
        extended = false;
    }

    @EventSourcingHandler
    void on(ReviewersAssigned event) {
        status = UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ReviewDeadlineExtended event) {
        deadline = event.deadline();
        extended = true;
    }

    @EventSourcingHandler
    void on(ChairConflictDeclared event) {
        conflictedChairs.add(event.chair());
    }

    @EventSourcingHandler
    void on(AccessRequestApproved event) {
        status = AccessRequestStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(AccessRequestRejected event) {
        status = AccessRequestStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AccessRequestReturnedForChanges event) {
        status = RETURNED;
    }

    @EventSourcingHandler
    void on(AccessRequestWithdrawn event) {
        status = AccessRequestStatus.WITHDRAWN;
    }
}
