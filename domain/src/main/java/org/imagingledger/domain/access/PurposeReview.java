package org.imagingledger.domain.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.OverridePurposeCheck;
import org.imagingledger.domain.access.api.PolicyItem;
import org.imagingledger.domain.access.api.PurposeCheck;
import org.imagingledger.domain.access.api.PurposeCheckOutcome;
import org.imagingledger.domain.access.api.PurposeCheckOverridden;
import org.imagingledger.domain.access.api.PurposeCheckRecorded;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;
import org.imagingledger.domain.access.api.RecordPurposeChecks;
import org.imagingledger.domain.access.api.RequestAction;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.imagingledger.domain.access.AccessRequest.actorAndTime;

/**
 * The purpose check of each requested dataset (the latest one counts) and the chair's
 * overrides. Approval grants a dataset only when its latest check allowed the purpose, or when
 * the chair recorded an override with a reason; a dataset never checked counts as not allowed.
 * A (re)submission starts over: it records fresh checks of the new content, and overrides of
 * the earlier content lapse.
 */
class PurposeReview {

    private final AccessRequest request;
    private final Map<String, PurposeCheckRecorded> latest = new HashMap<>();
    private final Set<String> overridden = new HashSet<>();

    PurposeReview(AccessRequest request) {
        this.request = request;
    }

    /**
     * Checks recorded after a policy revision was activated (by whoever activated it: the
     * policy changed for everyone) or on demand (the actor must be free to chair the request).
     */
    @CommandHandler
    void handle(RecordPurposeChecks command) {
        Violations violations = actorAndTime(command.actor(), command.at()).notNull("trigger", command.trigger());
        violations.when(
                command.trigger() == PurposeCheckTrigger.SUBMISSION,
                "trigger",
                ErrorCodes.NOT_ONE_OF,
                "submission checks are recorded by the submission itself",
                command.trigger(),
                List.of(PurposeCheckTrigger.POLICY_ACTIVATED, PurposeCheckTrigger.ON_DEMAND));
        violations.orReject();
        if (command.trigger() == PurposeCheckTrigger.ON_DEMAND) {
            request.requireChairMayAct(command.actor());
        }
        request.requireStatus(RequestAction.CHECK_PURPOSE);
        checkResults(violations, "checks", command.checks(), request.content().datasets());
        violations.orReject();
        record(
                inRequestOrder(command.checks(), request.content().datasets()),
                command.trigger(),
                command.actor(),
                command.at());
    }

    @CommandHandler
    void handle(OverridePurposeCheck command) {
        actorAndTime(command.actor(), command.at())
                .identifier("datasetId", command.datasetId())
                .text("reason", command.reason(), Limits.REASON)
                .orReject();
        request.requireChairMayAct(command.actor());
        request.requireStatus(RequestAction.OVERRIDE_PURPOSE_CHECK);
        if (!request.content().datasets().contains(command.datasetId())) {
            throw CommandRejected.invalid(
                    "datasetId",
                    ErrorCodes.NOT_REQUESTED,
                    "names dataset " + command.datasetId() + ", which the request does not ask for",
                    command.datasetId());
        }
        PurposeCheckRecorded check = latest.get(command.datasetId());
        if (check != null && check.allow()) {
            throw CommandRejected.state(
                    ErrorCodes.OVERRIDE_NOT_NEEDED,
                    "the purpose check of dataset " + command.datasetId() + " allows the purpose: nothing to override",
                    command.datasetId());
        }
        if (overridden.contains(command.datasetId())) {
            throw CommandRejected.state(
                    ErrorCodes.ALREADY_OVERRIDDEN,
                    "the purpose check of dataset " + command.datasetId() + " is already overridden",
                    command.datasetId());
        }
        apply(new PurposeCheckOverridden(
                request.requestId(),
                command.datasetId(),
                check == null ? null : check.revision(),
                check == null
                        ? List.of()
                        : check.reasons().stream().map(PolicyItem::code).toList(),
                command.reason().trim(),
                command.actor(),
                command.at()));
    }

    /** One event per dataset, in the request's order. */
    void record(List<PurposeCheck> checks, PurposeCheckTrigger trigger, String actor, Instant at) {
        for (PurposeCheck check : checks) {
            PurposeCheckOutcome outcome = check.outcome();
            apply(new PurposeCheckRecorded(
                    request.requestId(),
                    check.datasetId(),
                    check.revision(),
                    outcome.allows(),
                    outcome,
                    list(check.reasons()),
                    outcome.allows() ? list(check.obligations()) : List.of(),
                    trigger,
                    actor,
                    at));
        }
    }

    /**
     * The checks must cover each requested dataset exactly once, each with an outcome; an
     * evaluated check names the revision that answered.
     */
    static void checkResults(Violations violations, String field, List<PurposeCheck> checks, List<String> datasets) {
        if (checks == null) {
            violations.add(field, ErrorCodes.REQUIRED, "is required");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < checks.size(); i++) {
            PurposeCheck check = checks.get(i);
            String at = field + "[" + i + "]";
            if (check == null) {
                violations.add(at, ErrorCodes.REQUIRED, "is required");
                continue;
            }
            violations
                    .when(
                            !datasets.contains(check.datasetId()),
                            at + ".datasetId",
                            ErrorCodes.NOT_REQUESTED,
                            "names a dataset the request does not ask for",
                            check.datasetId())
                    .when(
                            check.datasetId() != null && !seen.add(check.datasetId()),
                            at + ".datasetId",
                            ErrorCodes.DUPLICATE_ENTRY,
                            "repeats a dataset")
                    .notNull(at + ".outcome", check.outcome());
            violations.when(
                    check.outcome() != null
                            && check.outcome() != PurposeCheckOutcome.NOT_EVALUATED
                            && (check.revision() == null || check.revision().isBlank()),
                    at + ".revision",
                    ErrorCodes.REQUIRED,
                    "is required for an evaluated check");
        }
        for (String dataset : datasets) {
            violations.when(
                    !seen.contains(dataset),
                    field,
                    ErrorCodes.REQUIRED,
                    "must hold a check of every requested dataset; " + dataset + " has none",
                    dataset);
        }
    }

    static List<PurposeCheck> inRequestOrder(List<PurposeCheck> checks, List<String> datasets) {
        List<PurposeCheck> ordered = new ArrayList<>();
        for (String dataset : datasets) {
            checks.stream()
                    .filter(c -> dataset.equals(c.datasetId()))
                    .findFirst()
                    .ifPresent(ordered::add);
        }
        return ordered;
    }

    /** Allowed by its latest check, or kept by the chair's override. */
    boolean mayBeGranted(String dataset) {
        PurposeCheckRecorded check = latest.get(dataset);
        return (check != null && check.allow()) || overridden.contains(dataset);
    }

    /** Granted only because of an override: its latest check does not allow the purpose. */
    boolean keptByOverride(String dataset) {
        PurposeCheckRecorded check = latest.get(dataset);
        return overridden.contains(dataset) && (check == null || !check.allow());
    }

    private static List<PolicyItem> list(List<PolicyItem> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    @EventSourcingHandler
    void on(AccessRequestSubmitted event) {
        startRound();
    }

    @EventSourcingHandler
    void on(AccessRequestResubmitted event) {
        startRound();
    }

    private void startRound() {
        latest.clear();
        overridden.clear();
    }

    @EventSourcingHandler
    void on(PurposeCheckRecorded event) {
        latest.put(event.datasetId(), event);
    }

    @EventSourcingHandler
    void on(PurposeCheckOverridden event) {
        overridden.add(event.datasetId());
    }
}
