package org.imagingledger.domain.permit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.permit.api.DataUseFlagged;
import org.imagingledger.domain.permit.api.DataUseReported;
import org.imagingledger.domain.permit.api.ExpirePermit;
import org.imagingledger.domain.permit.api.ExtendPermit;
import org.imagingledger.domain.permit.api.IssuePermit;
import org.imagingledger.domain.permit.api.PermitExpired;
import org.imagingledger.domain.permit.api.PermitExtended;
import org.imagingledger.domain.permit.api.PermitIssued;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.imagingledger.domain.permit.api.PermitRevoked;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.domain.permit.api.PermitSuspended;
import org.imagingledger.domain.permit.api.ReinstatePermit;
import org.imagingledger.domain.permit.api.ReportDataUse;
import org.imagingledger.domain.permit.api.RevokePermit;
import org.imagingledger.domain.permit.api.SuspendPermit;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A permit and the data uses reported under it. Uses live in the permit's stream so that the
 * flagging of a use is decided against the permit's whole history (its suspension intervals,
 * revocation and expiry) at the time of use, not at the time of the report.
 */
class Permit {

    @AggregateIdentifier
    private String permitId;

    private PermitStatus status;
    private Instant validUntil;
    /** The holder and the team: none of them may reinstate or extend their own permit. */
    private Set<String> members = Set.of();

    private UsePeriods periods;
    private final Set<String> useIds = new HashSet<>();

    Permit() {}

    @CommandHandler
    Permit(IssuePermit command) {
        Violations violations = Violations.check()
                .identifier("permitId", command.permitId())
                .identifier("requestId", command.requestId())
                .identifier("holder", command.holder())
                .identifiers("datasets", command.datasets())
                .ordered("validFrom", command.validFrom(), "validUntil", command.validUntil())
                .identifier("actor", command.actor())
                .notNull("at", command.at());
        Operations.check(violations, "operations", command.operations());
        violations.when(
                command.validUntil() != null
                        && command.at() != null
                        && command.validFrom() != null
                        && command.validUntil().isAfter(command.validFrom())
                        && !command.validUntil().isAfter(command.at()),
                "validUntil",
                ErrorCodes.NOT_FUTURE,
                "must be in the future");
        ResearchPurpose purpose = purpose(violations, command.purpose());
        List<String> members = members(violations, command.holder(), command.members());
        List<String> conditions = conditions(violations, command.conditions());
        List<String> overridden = command.overriddenDatasets() == null ? List.of() : command.overriddenDatasets();
        violations.when(
                command.datasets() != null && !command.datasets().containsAll(overridden),
                "overriddenDatasets",
                ErrorCodes.NOT_REQUESTED,
                "must name only datasets of the permit");
        violations.orReject();
        apply(new PermitIssued(
                command.permitId(),
                command.requestId(),
                command.holder(),
                List.copyOf(command.datasets()),
                purpose,
                List.copyOf(command.operations()),
                members,
                command.validFrom(),
                command.validUntil(),
                conditions,
                List.copyOf(overridden),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(SuspendPermit command) {
        Violations.check()
                .text("reason", command.reason(), Limits.REASON)
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        require(status == PermitStatus.ACTIVE, ErrorCodes.STATE_FORBIDS, "only an active permit can be suspended");
        apply(new PermitSuspended(permitId, command.reason().trim(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReinstatePermit command) {
        Violations.check()
                .text("reason", command.reason(), Limits.REASON)
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        requireNotMember(command.actor(), "reinstate");
        require(
                status == PermitStatus.SUSPENDED,
                ErrorCodes.STATE_FORBIDS,
                "only a suspended permit can be reinstated");
        require(
                command.at().isBefore(validUntil),
                ErrorCodes.VALIDITY_ENDED,
                "the permit's validity ended at " + validUntil + "; extend it first or let it expire");
        apply(new PermitReinstated(permitId, command.reason().trim(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ExtendPermit command) {
        Violations.check()
                .notNull("newValidUntil", command.newValidUntil())
                .text("reason", command.reason(), Limits.REASON)
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        requireNotMember(command.actor(), "extend");
        requireLive("extended");
        Violations.check()
                .when(
                        !command.newValidUntil().isAfter(validUntil),
                        "newValidUntil",
                        ErrorCodes.NOT_AFTER,
                        "must be after the current end of validity " + validUntil,
                        validUntil)
                .orReject();
        apply(new PermitExtended(
                permitId, validUntil, command.newValidUntil(), command.reason().trim(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RevokePermit command) {
        Violations.check()
                .text("reason", command.reason(), Limits.REASON)
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        requireLive("revoked");
        apply(new PermitRevoked(permitId, command.reason().trim(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ExpirePermit command) {
        Violations.check()
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        requireLive("expired");
        require(!command.at().isBefore(validUntil), ErrorCodes.STILL_VALID, "the permit is valid until " + validUntil);
        apply(new PermitExpired(permitId, validUntil, command.actor(), command.at()));
    }

    /** Always recorded, since it happened; flagged in the same command when outside the permit. */
    @CommandHandler
    void handle(ReportDataUse command) {
        Violations violations = Violations.check()
                .identifier("useId", command.useId())
                .identifier("nodeId", command.nodeId())
                .identifier("datasetId", command.datasetId())
                .text("tool", command.tool(), Limits.TOOL)
                .text("toolVersion", command.toolVersion(), Limits.TOOL_VERSION)
                .notNegative("subjects", command.subjects())
                .notNull("startedAt", command.startedAt())
                .notNull("endedAt", command.endedAt())
                .identifier("actor", command.actor())
                .notNull("at", command.at());
        Operations.checkOne(violations, "operation", command.operation());
        Instant start = command.startedAt();
        Instant end = command.endedAt();
        violations.when(
                start != null && end != null && end.isBefore(start),
                "endedAt",
                ErrorCodes.NOT_BEFORE,
                "must not be before startedAt",
                "startedAt");
        // Node clocks drift; a use that "ends" minutes after the ledger's clock is still believable.
        violations.when(
                end != null && command.at() != null && end.isAfter(command.at().plusSeconds(300)),
                "endedAt",
                ErrorCodes.IN_FUTURE,
                "must not be in the future");
        violations.orReject();
        if (useIds.contains(command.useId())) {
            throw CommandRejected.state(
                    ErrorCodes.USE_ALREADY_REPORTED,
                    "data use " + command.useId() + " is already reported",
                    command.useId());
        }
        apply(new DataUseReported(
                permitId,
                command.useId(),
                command.nodeId(),
                command.datasetId(),
                command.tool().trim(),
                command.toolVersion().trim(),
                command.operation(),
                command.subjects(),
                start,
                end,
                command.actor(),
                command.at()));
        List<String> reasons = periods.reasons(command.datasetId(), command.operation(), start, end);
        if (!reasons.isEmpty()) {
            apply(new DataUseFlagged(permitId, command.useId(), reasons, command.actor(), command.at()));
        }
    }

    /** No one lifts a suspension of, or lengthens, a permit they hold or work under. */
    private void requireNotMember(String actor, String what) {
        if (members.contains(actor)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.PERMIT_MEMBER,
                    actor + " holds or is a member of permit " + permitId + " and may not " + what + " it",
                    actor);
        }
    }

    private void requireLive(String what) {
        require(
                status.isLive(),
                ErrorCodes.STATE_FORBIDS,
                "the permit is " + status.name().toLowerCase() + " and can no longer be " + what);
    }

    private void require(boolean condition, String code, String message) {
        if (!condition) {
            throw CommandRejected.state(code, "permit " + permitId + ": " + message, status.name());
        }
    }

    private static ResearchPurpose purpose(Violations violations, ResearchPurpose purpose) {
        if (purpose == null) {
            violations.add("purpose", ErrorCodes.REQUIRED, "is required");
            return null;
        }
        List<String> codes =
                DuoTerms.purpose(violations, "purpose.codes", purpose.codes(), purpose.disease(), "purpose.disease");
        String disease = purpose.disease() == null || purpose.disease().isBlank()
                ? null
                : purpose.disease().trim();
        return new ResearchPurpose(
                codes, disease, purpose.commercial(), purpose.forProfit(), purpose.methodsDevelopment());
    }

    /** The holder is always a member, listed first. */
    private static List<String> members(Violations violations, String holder, List<String> members) {
        List<String> given = members == null ? List.of() : members;
        violations.noDuplicates("members", given);
        for (int i = 0; i < given.size(); i++) {
            violations.identifier("members[" + i + "]", given.get(i));
        }
        Set<String> all = new LinkedHashSet<>();
        if (holder != null) {
            all.add(holder);
        }
        all.addAll(given);
        return List.copyOf(all);
    }

    private static List<String> conditions(Violations violations, List<String> conditions) {
        if (conditions == null) {
            return List.of();
        }
        violations.maxSize("conditions", conditions, Limits.CONDITIONS);
        List<String> trimmed = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            violations.text("conditions[" + i + "]", conditions.get(i), Limits.CONDITION);
            trimmed.add(conditions.get(i) == null ? null : conditions.get(i).trim());
        }
        return trimmed;
    }

    @EventSourcingHandler
    void on(PermitIssued event) {
        permitId = event.permitId();
        status = PermitStatus.ACTIVE;
        validUntil = event.validUntil();
        members = Set.copyOf(event.members());
        periods = new UsePeriods(event.datasets(), event.operations(), event.validFrom(), event.validUntil());
    }

    @EventSourcingHandler
    void on(PermitSuspended event) {
        status = PermitStatus.SUSPENDED;
        periods = periods.suspendedAt(event.at());
    }

    @EventSourcingHandler
    void on(PermitReinstated event) {
        status = PermitStatus.ACTIVE;
        periods = periods.suspensionEndedAt(event.at());
    }

    @EventSourcingHandler
    void on(PermitExtended event) {
        validUntil = event.validUntil();
        periods = periods.extendedTo(event.validUntil());
    }

    @EventSourcingHandler
    void on(PermitRevoked event) {
        status = PermitStatus.REVOKED;
        periods = periods.suspensionEndedAt(event.at()).revokedAt(event.at());
    }

    @EventSourcingHandler
    void on(PermitExpired event) {
        status = PermitStatus.EXPIRED;
        periods = periods.suspensionEndedAt(event.at()).expiredNow();
    }

    @EventSourcingHandler
    void on(DataUseReported event) {
        useIds.add(event.useId());
    }
}
