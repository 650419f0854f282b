package org.imagingledger.application.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.access.AccessRequests;
import org.imagingledger.domain.access.api.AnswerApplicantQuestion;
import org.imagingledger.domain.access.api.ApproveAccessRequest;
import org.imagingledger.domain.access.api.AskApplicant;
import org.imagingledger.domain.access.api.AssignReviewers;
import org.imagingledger.domain.access.api.CastReviewVote;
import org.imagingledger.domain.access.api.DeclareChairConflict;
import org.imagingledger.domain.access.api.DeclareConflictOfInterest;
import org.imagingledger.domain.access.api.DraftAccessRequest;
import org.imagingledger.domain.access.api.ExtendReviewDeadline;
import org.imagingledger.domain.access.api.OverridePurposeCheck;
import org.imagingledger.domain.access.api.PostPanelComment;
import org.imagingledger.domain.access.api.PurposeCheck;
import org.imagingledger.domain.access.api.RecordNodeDecision;
import org.imagingledger.domain.access.api.RejectAccessRequest;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ReturnAccessRequestForChanges;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.access.api.ReviseAccessRequestDraft;
import org.imagingledger.domain.access.api.SubmitAccessRequest;
import org.imagingledger.domain.access.api.WithdrawAccessRequest;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final PurposeChecks purposeChecks;
    private final People people;
    private final Clock clock;
    private final int quorum;

    @Autowired
    AccessService(
            CommandGateway commands,
            AccessQueries access,
            CatalogueQueries catalogue,
            PurposeChecks purposeChecks,
            People people,
            Clock clock,
            @Value("${ledger.dac.quorum:2}") int quorum) {
        this.commands = commands;
        this.access = access;
        this.catalogue = catalogue;
        this.purposeChecks = purposeChecks;
        this.people = people;
        this.clock = clock;
        this.quorum = quorum;
    }

    /** The same service stamping its commands with another clock: the demo backdates its overdue request. */
    public AccessService withClock(Clock other) {
        return new AccessService(commands, access, catalogue, purposeChecks, people, other, quorum);
    }

    public Instant now() {
        return clock.instant();
    }

    public int quorum() {
        return quorum;
    }

    public String draft(RequestContent content, Caller caller) {
        requireResearchers(content);
        String id = "req-" + UUID.randomUUID();
        commands.sendAndWait(new DraftAccessRequest(id, content, caller.name(), clock.instant()));
        return id;
    }

    /**
     * A new request submitted at once: everything a submission checks is checked first (content,
     * team, datasets, ethics approval), so that a refused submission records nothing, not even a
     * draft. Returns the request's id.
     */
    @Transactional
    public String draftAndSubmit(RequestContent content, Caller caller) {
        requireResearchers(content);
        AccessRequests.requireSubmittable(content, caller.name());
        List<String> needEthics = new ArrayList<>();
        List<String> datasets = content.datasets();
        for (int i = 0; i < datasets.size(); i++) {
            DatasetView dataset = usable(datasets.get(i), "datasets[" + i + "]");
            if (dataset.getDuoCodes().contains(DuoTerms.IRB)) {
                needEthics.add(dataset.getDatasetId());
            }
        }
        if (!needEthics.isEmpty()) {
            // a new request has no documents yet: save it as a draft, attach the approval, then submit
            throw CommandRejected.state(
                    ErrorCodes.ETHICS_APPROVAL_MISSING,
                    "datasets " + needEthics + " require ethics approval (DUO IRB): attach the approval first",
                    String.join(", ", needEthics));
        }
        String id = draft(content, caller);
        submit(id, caller);
        return id;
    }

    private DatasetView usable(String datasetId, String field) {
        DatasetView dataset = catalogue
                .dataset(datasetId)
                .orElseThrow(() -> CommandRejected.unprocessable(
                        field, ErrorCodes.UNKNOWN_REFERENCE, "names no dataset of the catalogue", datasetId));
        if (dataset.isRetired()) {
            throw CommandRejected.unprocessable(
                    field, ErrorCodes.DATASET_RETIRED, "dataset " + datasetId + " is retired", datasetId);
        }
        return dataset;
    }

    public void revise(String requestId, RequestContent content, Caller caller) {
        requireResearchers(content);
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
        List<String> ethicsRequiredBy = new ArrayList<>();
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
            if (dataset.getDuoCodes().contains(DuoTerms.IRB)) {
                ethicsRequiredBy.add(datasetId);
            }
        }
        List<PurposeCheck> checks = purposeChecks.evaluate(
                RequestAccess.purposeOf(request), request.getOperations(), request.getDatasets());
        commands.sendAndWait(new SubmitAccessRequest(
                requestId, nodeApprovals, checks, ethicsRequiredBy, caller.name(), clock.instant()));
    }

    /**
     * The panel: DAC members registered in the directory (the domain adds the rest: not the
     * applicant or team, not the assigning chair).
     */
    public void assignReviewers(String requestId, List<String> reviewers, Caller caller) {
        if (reviewers != null) {
            for (int i = 0; i < reviewers.size(); i++) {
                String reviewer = reviewers.get(i);
                if (wellFormed(reviewer)
                        && !people.has(reviewer, Role.DAC_MEMBER)
                        && !people.has(reviewer, Role.DAC_CHAIR)) {
                    throw CommandRejected.forbiddenField(
                            "reviewers[" + i + "]",
                            ErrorCodes.NOT_DAC_MEMBER,
                            "is not a registered DAC member and may not review",
                            reviewer);
                }
            }
        }
        commands.sendAndWait(new AssignReviewers(requestId, reviewers, quorum, caller.name(), clock.instant()));
    }

    /**
     * A reviewer steps aside from the vote; a chair who is not on the panel steps aside from
     * chairing the request (then another chair or a deputy must act).
     */
    public void declareConflict(String requestId, String comment, Caller caller) {
        boolean reviewer = access.request(requestId, clock.instant())
                .map(d -> d.reviewers().stream().anyMatch(r -> r.getReviewer().equals(caller.name())))
                .orElse(false);
        if (!reviewer && caller.has(Role.DAC_CHAIR)) {
            commands.sendAndWait(new DeclareChairConflict(requestId, comment, caller.name(), clock.instant()));
        } else {
            commands.sendAndWait(new DeclareConflictOfInterest(requestId, comment, caller.name(), clock.instant()));
        }
    }

    /** The chair keeps a dataset whose purpose check failed, with the reason (its own event). */
    public void overridePurposeCheck(String requestId, String datasetId, String reason, Caller caller) {
        commands.sendAndWait(new OverridePurposeCheck(requestId, datasetId, reason, caller.name(), clock.instant()));
    }

    /** The chair runs the purpose check again under the active policy. */
    public void recheckPurpose(String requestId, Caller caller) {
        purposeChecks.recheck(requestId, caller);
    }

    /** A comment in the panel's discussion: a reviewer, or a chair. */
    public void comment(String requestId, String text, Caller caller) {
        commands.sendAndWait(new PostPanelComment(
                requestId,
                "cmt-" + UUID.randomUUID(),
                text,
                caller.has(Role.DAC_CHAIR),
                caller.name(),
                clock.instant()));
    }

    /** A question to the applicant: a reviewer, or a chair; returns its id. */
    public String ask(String requestId, String text, Caller caller) {
        String id = "qst-" + UUID.randomUUID();
        commands.sendAndWait(
                new AskApplicant(requestId, id, text, caller.has(Role.DAC_CHAIR), caller.name(), clock.instant()));
        return id;
    }

    /** The applicant's or a team member's answer. */
    public void answer(String requestId, String questionId, String text, Caller caller) {
        commands.sendAndWait(new AnswerApplicantQuestion(requestId, questionId, text, caller.name(), clock.instant()));
    }

    /** A team is a list of registered researchers: no one else can be named to shape the panel. */
    private void requireResearchers(RequestContent content) {
        if (content == null || content.team() == null) {
            return;
        }
        for (int i = 0; i < content.team().size(); i++) {
            String member = content.team().get(i);
            if (wellFormed(member) && !people.has(member, Role.RESEARCHER)) {
                throw CommandRejected.forbiddenField(
                        "team[" + i + "]",
                        ErrorCodes.NOT_RESEARCHER,
                        "is not a registered researcher and may not be on the team",
                        member);
            }
        }
    }

    /** Malformed ids are left to the domain, which names them as such. */
    private static boolean wellFormed(String id) {
        return id != null && Violations.check().identifier("id", id).isEmpty();
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
                        reason,
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
