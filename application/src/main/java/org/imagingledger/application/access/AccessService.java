package org.imagingledger.application.access;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.access.api.ApproveAccessRequest;
import org.imagingledger.domain.access.api.AssignReviewers;
import org.imagingledger.domain.access.api.CastReviewVote;
import org.imagingledger.domain.access.api.DeclareConflictOfInterest;
import org.imagingledger.domain.access.api.DraftAccessRequest;
import org.imagingledger.domain.access.api.ExtendReviewDeadline;
import org.imagingledger.domain.access.api.RecordNodeDecision;
import org.imagingledger.domain.access.api.RejectAccessRequest;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ReturnAccessRequestForChanges;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.access.api.ReviseAccessRequestDraft;
import org.imagingledger.domain.access.api.SubmitAccessRequest;
import org.imagingledger.domain.access.api.WithdrawAccessRequest;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Checks what only the views know (does the request exist, are its datasets in the catalogue,
 * which nodes must agree), stamps the command with the time and the configured quorum, and
 * sends it. The actor is passed in, so that the demo seeder can act as its demo people.
 */
@Service
public class AccessService {

    /** The chair's three outcomes. */
    public enum Outcome {
        APPROVE,
        REJECT,
        RETURN
    }

    private final CommandGateway commands;
    private final AccessQueries access;
    private final CatalogueQueries catalogue;
    private final Clock clock;
    private final int quorum;

    @Autowired
    AccessService(
            CommandGateway commands,
            AccessQueries access,
            CatalogueQueries catalogue,
            Clock clock,
            @Value("${ledger.dac.quorum:2}") int quorum) {
        this.commands = commands;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
        this.quorum = quorum;
    }

    /** The same service stamping its commands with another clock: the demo backdates its overdue request. */
    public AccessService withClock(Clock other) {
        return new AccessService(commands, access, catalogue, other, quorum);
    }

    public Instant now() {
        return clock.instant();
    }

    public int quorum() {
        return quorum;
    }

    public String draft(RequestContent content, Caller caller) {
        String id = "req-" + UUID.randomUUID();
        commands.sendAndWait(new DraftAccessRequest(id, content, caller.name(), clock.instant()));
        return id;
    }

    public void revise(String requestId, RequestContent content, Caller caller) {
        commands.sendAndWait(new ReviseAccessRequestDraft(requestId, content, caller.name(), clock.instant()));
    }

    /**
     * Every requested dataset must be in the catalogue and not retired (422 naming it); those
     * whose node must agree are passed to the aggregate with their node.
     */
    public void submit(String requestId, Caller caller) {
        AccessRequestView request =
                access.summary(requestId).orElseThrow(() -> CommandRejected.notFound("access request", requestId));
        Map<String, String> nodeApprovals = new LinkedHashMap<>();
        List<String> datasets = request.getDatasets();
        for (int i = 0; i < datasets.size(); i++) {
            String datasetId = datasets.get(i);
            String field = "datasets[" + i + "]";
            DatasetView dataset = catalogue
                    .dataset(datasetId)
                    .orElseThrow(() -> CommandRejected.unprocessable(
                            field, ErrorCodes.UNKNOWN_REFERENCE, "names no dataset of the catalogue", datasetId));
            if (dataset.isRetired()) {
                throw CommandRejected.unprocessable(
                        field, ErrorCodes.DATASET_RETIRED, "dataset " + datasetId + " is retired", datasetId);
            }
            if (dataset.isNodeApprovalRequired()) {
                nodeApprovals.put(datasetId, dataset.getNodeId());
            }
        }
        commands.sendAndWait(new SubmitAccessRequest(requestId, nodeApprovals, caller.name(), clock.instant()));
    }

    public void assignReviewers(String requestId, List<String> reviewers, Caller caller) {
        commands.sendAndWait(new AssignReviewers(requestId, reviewers, quorum, caller.name(), clock.instant()));
    }

    public void declareConflict(String requestId, String comment, Caller caller) {
        commands.sendAndWait(new DeclareConflictOfInterest(requestId, comment, caller.name(), clock.instant()));
    }

    public void vote(String requestId, String vote, String comment, Caller caller) {
        commands.sendAndWait(new CastReviewVote(
                requestId, parse(ReviewVote.class, "vote", vote), comment, caller.name(), clock.instant()));
    }

    public void recordNodeDecision(String requestId, String datasetId, Boolean agreed, String comment, Caller caller) {
        String nodeId = caller.node()
                .orElseThrow(() -> CommandRejected.forbidden(ErrorCodes.NODE_ONLY, "only a node decides for a node"));
        if (agreed == null) {
            throw CommandRejected.invalid("agreed", ErrorCodes.REQUIRED, "is required (true or false)");
        }
        commands.sendAndWait(
                new RecordNodeDecision(requestId, nodeId, datasetId, agreed, comment, caller.name(), clock.instant()));
    }

    /** What the chair decided; an approval names the permit it issues. */
    public record Decision(Outcome outcome, String permitId) {}

    public Decision decide(
            String requestId,
            String outcome,
            String reason,
            List<String> conditions,
            Instant validFrom,
            Instant validUntil,
            Caller caller) {
        Outcome decided = parse(Outcome.class, "outcome", outcome);
        switch (decided) {
            case APPROVE -> {
                String permitId = "permit-" + UUID.randomUUID();
                commands.sendAndWait(new ApproveAccessRequest(
                        requestId,
                        permitId,
                        conditions == null ? List.of() : conditions,
                        validFrom,
                        validUntil,
                        caller.name(),
                        clock.instant()));
                return new Decision(decided, permitId);
            }
            case REJECT ->
                commands.sendAndWait(new RejectAccessRequest(requestId, reason, caller.name(), clock.instant()));
            case RETURN ->
                commands.sendAndWait(
                        new ReturnAccessRequestForChanges(requestId, reason, caller.name(), clock.instant()));
        }
        return new Decision(decided, null);
    }

    public void extendDeadline(String requestId, String reason, Caller caller) {
        commands.sendAndWait(new ExtendReviewDeadline(requestId, reason, caller.name(), clock.instant()));
    }

    public void withdraw(String requestId, String reason, Caller caller) {
        commands.sendAndWait(new WithdrawAccessRequest(requestId, reason, caller.name(), clock.instant()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw CommandRejected.invalid(field, ErrorCodes.REQUIRED, "is required");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CommandRejected.invalid(
                    field,
                    ErrorCodes.NOT_ONE_OF,
                    "must be one of " + List.of(type.getEnumConstants()),
                    value,
                    List.of(type.getEnumConstants()));
        }
    }
}
