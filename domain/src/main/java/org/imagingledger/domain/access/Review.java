package org.imagingledger.domain.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.AssignReviewers;
import org.imagingledger.domain.access.api.CastReviewVote;
import org.imagingledger.domain.access.api.ConflictOfInterestDeclared;
import org.imagingledger.domain.access.api.DeclareConflictOfInterest;
import org.imagingledger.domain.access.api.NodeDecisionRecorded;
import org.imagingledger.domain.access.api.RecordNodeDecision;
import org.imagingledger.domain.access.api.RequestAction;
import org.imagingledger.domain.access.api.ReviewVoteCast;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.imagingledger.domain.access.AccessRequest.actorAndTime;

/**
 * One review round of a submitted request: the panel and its quorum, declared conflicts,
 * votes, and the answers of the nodes that must agree. A resubmission starts a new round,
 * because the earlier votes and answers were about other content.
 */
class Review {

    private final AccessRequest request;
    private List<String> reviewers = List.of();
    private int quorum;
    private final Set<String> conflicted = new HashSet<>();
    private final Set<String> voted = new HashSet<>();
    private Map<String, String> nodeApprovals = Map.of();
    private final Map<String, Boolean> nodeAnswers = new HashMap<>();

    Review(AccessRequest request) {
        this.request = request;
    }

    /**
     * Sets (or replaces) the panel. Reviewers who already voted or declared a conflict must stay
     * on it, so that no cast vote silently disappears.
     */
    @CommandHandler
    void handle(AssignReviewers command) {
        Violations violations = actorAndTime(command.actor(), command.at())
                .identifiers("reviewers", command.reviewers())
                .when(command.quorum() < 1, "quorum", ErrorCodes.NOT_POSITIVE, "must be at least 1")
                .when(
                        command.reviewers() != null && command.reviewers().size() < command.quorum(),
                        "reviewers",
                        ErrorCodes.BELOW_QUORUM,
                        "must name at least " + command.quorum() + " reviewers (the quorum)",
                        command.quorum());
        violations.orReject();
        request.requireUninvolved(command.actor());
        if (request.isChairConflicted(command.actor())) {
            throw CommandRejected.forbidden(
                    ErrorCodes.CHAIR_CONFLICT,
                    command.actor() + " declared a conflict of interest on request " + request.requestId()
                            + ": another chair or a deputy must act",
                    command.actor());
        }
        for (int i = 0; i < command.reviewers().size(); i++) {
            String reviewer = command.reviewers().get(i);
            if (request.isInvolved(reviewer)) {
                throw CommandRejected.forbiddenField(
                        "reviewers[" + i + "]",
                        ErrorCodes.REVIEWER_INVOLVED,
                        "is the applicant or on the team and may not review",
                        reviewer);
            }
            if (reviewer.equals(command.actor())) {
                throw CommandRejected.forbiddenField(
                        "reviewers[" + i + "]",
                        ErrorCodes.REVIEWER_IS_CHAIR,
                        "is the chair assigning the panel, who may not also review",
                        reviewer);
            }
        }
        request.requireStatus(RequestAction.ASSIGN_REVIEWERS);
        for (String reviewer : reviewers) {
            if ((voted.contains(reviewer) || conflicted.contains(reviewer))
                    && !command.reviewers().contains(reviewer)) {
                throw CommandRejected.state(
                        ErrorCodes.REVIEWER_STAYS,
                        reviewer + " has already voted or declared a conflict and stays on the panel",
                        reviewer);
            }
        }
        apply(new ReviewersAssigned(
                request.requestId(),
                List.copyOf(command.reviewers()),
                command.quorum(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(DeclareConflictOfInterest command) {
        actorAndTime(command.actor(), command.at())
                .maxLength("comment", command.comment(), Limits.COMMENT)
                .orReject();
        request.requireStatus(RequestAction.DECLARE_CONFLICT);
        requireReviewer(command.actor());
        requireNotVoted(command.actor());
        if (conflicted.contains(command.actor())) {
            throw CommandRejected.state(
                    ErrorCodes.CONFLICT_ALREADY_DECLARED,
                    command.actor() + " has already declared a conflict of interest",
                    command.actor());
        }
        apply(new ConflictOfInterestDeclared(
                request.requestId(), command.actor(), blankToNull(command.comment()), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(CastReviewVote command) {
        actorAndTime(command.actor(), command.at())
                .notNull("vote", command.vote())
                .text("comment", command.comment(), Limits.COMMENT)
                .orReject();
        request.requireStatus(RequestAction.VOTE);
        requireReviewer(command.actor());
        if (conflicted.contains(command.actor())) {
            throw CommandRejected.forbidden(
                    ErrorCodes.CONFLICT_OF_INTEREST,
                    command.actor() + " declared a conflict of interest and may not vote",
                    command.actor());
        }
        requireNotVoted(command.actor());
        apply(new ReviewVoteCast(
                request.requestId(),
                command.actor(),
                command.vote(),
                command.comment().trim(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(RecordNodeDecision command) {
        actorAndTime(command.actor(), command.at())
                .identifier("nodeId", command.nodeId())
                .identifier("datasetId", command.datasetId())
                .maxLength("comment", command.comment(), Limits.COMMENT)
                .when(
                        !command.agreed()
                                && (command.comment() == null
                                        || command.comment().isBlank()),
                        "comment",
                        ErrorCodes.REQUIRED,
                        "must give the reason for declining")
                .orReject();
        request.requireStatus(RequestAction.NODE_DECISION);
        String holder = nodeApprovals.get(command.datasetId());
        if (holder == null) {
            throw CommandRejected.unprocessable(
                    "datasetId",
                    ErrorCodes.NO_NODE_DECISION,
                    "needs no node decision in request " + request.requestId(),
                    request.requestId());
        }
        if (!holder.equals(command.nodeId())) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_HOLDER,
                    "dataset " + command.datasetId() + " is decided on by node " + holder,
                    command.datasetId());
        }
        if (nodeAnswers.containsKey(command.datasetId())) {
            throw CommandRejected.state(
                    ErrorCodes.NODE_ALREADY_DECIDED,
                    "node " + holder + " has already decided on dataset " + command.datasetId(),
                    holder,
                    command.datasetId());
        }
        apply(new NodeDecisionRecorded(
                request.requestId(),
                command.datasetId(),
                command.nodeId(),
                command.agreed(),
                blankToNull(command.comment()),
                command.actor(),
                command.at()));
    }

    /** Approval and rejection need the quorum of votes and the answer of every node that must agree. */
    void requireComplete(String requestId) {
        if (quorum == 0 || voted.size() < quorum) {
            throw CommandRejected.state(
                    ErrorCodes.QUORUM_NOT_REACHED,
                    "request " + requestId + " has " + voted.size() + " of the " + Math.max(quorum, 1)
                            + " votes its decision needs",
                    voted.size(),
                    Math.max(quorum, 1));
        }
        nodeApprovals.forEach((dataset, node) -> {
            if (!nodeAnswers.containsKey(dataset)) {
                throw CommandRejected.state(
                        ErrorCodes.NODE_DECISION_PENDING,
                        "request " + requestId + " waits for node " + node + " to decide on dataset " + dataset,
                        node,
                        dataset);
            }
        });
    }

    /** The requested datasets less those whose node declined. */
    List<String> grantedDatasets(List<String> requested) {
        return requested.stream()
                .filter(d -> !Boolean.FALSE.equals(nodeAnswers.get(d)))
                .toList();
    }

    boolean isReviewer(String person) {
        return reviewers.contains(person);
    }

    private void requireReviewer(String actor) {
        if (!reviewers.contains(actor)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_REVIEWER, actor + " is not a reviewer of request " + request.requestId());
        }
    }

    private void requireNotVoted(String actor) {
        if (voted.contains(actor)) {
            throw CommandRejected.state(
                    ErrorCodes.ALREADY_VOTED, actor + " has already voted on request " + request.requestId());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @EventSourcingHandler
    void on(AccessRequestSubmitted event) {
        startRound(event.nodeApprovals());
    }

    @EventSourcingHandler
    void on(AccessRequestResubmitted event) {
        startRound(event.nodeApprovals());
    }

    private void startRound(Map<String, String> approvals) {
        nodeApprovals = Map.copyOf(approvals);
        nodeAnswers.clear();
        reviewers = List.of();
        quorum = 0;
        conflicted.clear();
        voted.clear();
    }

    @EventSourcingHandler
    void on(ReviewersAssigned event) {
        reviewers = List.copyOf(event.reviewers());
        quorum = event.quorum();
    }

    @EventSourcingHandler
    void on(ConflictOfInterestDeclared event) {
        conflicted.add(event.reviewer());
    }

    @EventSourcingHandler
    void on(ReviewVoteCast event) {
        voted.add(event.reviewer());
    }

    @EventSourcingHandler
    void on(NodeDecisionRecorded event) {
        nodeAnswers.put(event.datasetId(), event.agreed());
    }
}
