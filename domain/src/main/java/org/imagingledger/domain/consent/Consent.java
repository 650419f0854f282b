package org.imagingledger.domain.consent;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.consent.api.AcknowledgeWithdrawalNotice;
import org.imagingledger.domain.consent.api.ChangeConsentScope;
import org.imagingledger.domain.consent.api.ConsentRecorded;
import org.imagingledger.domain.consent.api.ConsentScopeChanged;
import org.imagingledger.domain.consent.api.ConsentWithdrawn;
import org.imagingledger.domain.consent.api.NoticeRecipient;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.RecordConsent;
import org.imagingledger.domain.consent.api.WithdrawConsent;
import org.imagingledger.domain.consent.api.WithdrawalNoticeAcknowledged;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The consent of one pseudonymous subject at one node, and the notices its withdrawal sent.
 * Events carry the pseudonym only, never anything that identifies the person.
 */
class Consent {

    @AggregateIdentifier
    private String consentId;

    private String nodeId;
    private String pseudonym;
    private List<String> datasets;
    private boolean withdrawn;
    /** Notice id → acknowledged. */
    private final Map<String, Boolean> notices = new HashMap<>();

    Consent() {}

    @CommandHandler
    Consent(RecordConsent command) {
        Violations violations = Violations.check()
                .identifier("consentId", command.consentId())
                .identifier("nodeId", command.nodeId())
                .identifier("pseudonym", command.pseudonym());
        List<String> purposes = scope(
                violations,
                command.datasets(),
                command.purposes(),
                command.disease(),
                command.validUntil(),
                command.actor(),
                command.at());
        violations.orReject();
        apply(new ConsentRecorded(
                command.consentId(),
                command.nodeId(),
                command.pseudonym(),
                List.copyOf(command.datasets()),
                purposes,
                blankToNull(command.disease()),
                command.validUntil(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(ChangeConsentScope command) {
        Violations violations = Violations.check();
        List<String> purposes = scope(
                violations,
                command.datasets(),
                command.purposes(),
                command.disease(),
                command.validUntil(),
                command.actor(),
                command.at());
        violations.orReject();
        requireNotWithdrawn();
        apply(new ConsentScopeChanged(
                consentId,
                List.copyOf(command.datasets()),
                purposes,
                blankToNull(command.disease()),
                command.validUntil(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(WithdrawConsent command) {
        Violations violations = Violations.check()
                .notEmpty("recipients", command.recipients())
                .identifier("actor", command.actor())
                .notNull("at", command.at());
        List<NoticeRecipient> recipients = command.recipients() == null ? List.of() : command.recipients();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            NoticeRecipient r = recipients.get(i);
            String field = "recipients[" + i + "]";
            if (r == null) {
                violations.add(field, ErrorCodes.REQUIRED, "is required");
                continue;
            }
            violations
                    .notNull(field + ".kind", r.kind())
                    .identifier(field + ".id", r.id())
                    .identifier(field + ".addressee", r.addressee())
                    .identifiers(field + ".datasets", r.datasets())
                    .when(!seen.add(r.kind() + "/" + r.id()), field, ErrorCodes.DUPLICATE_ENTRY, "repeats a recipient");
        }
        violations.when(
                recipients.stream()
                        .noneMatch(r -> r != null && r.kind() == RecipientKind.NODE && nodeId.equals(r.id())),
                "recipients",
                ErrorCodes.RECORDING_NODE_MISSING,
                "must include the recording node " + nodeId,
                nodeId);
        violations.orReject();
        requireNotWithdrawn();
        apply(new ConsentWithdrawn(consentId, nodeId, pseudonym, datasets, command.actor(), command.at()));
        for (NoticeRecipient r : recipients) {
            apply(new WithdrawalNoticeIssued(
                    consentId,
                    NoticeIds.of(consentId, r.kind(), r.id()),
                    r.kind(),
                    r.id(),
                    r.addressee(),
                    List.copyOf(r.datasets()),
                    command.actor(),
                    command.at()));
        }
    }

    /** Who may acknowledge is checked by the caller, which knows roles and principals. */
    @CommandHandler
    void handle(AcknowledgeWithdrawalNotice command) {
        Violations.check()
                .notBlank("noticeId", command.noticeId())
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        Boolean acknowledged = notices.get(command.noticeId());
        if (acknowledged == null) {
            throw CommandRejected.notFound("withdrawal notice", command.noticeId());
        }
        if (acknowledged) {
            throw CommandRejected.state(
                    ErrorCodes.ALREADY_ACKNOWLEDGED,
                    "withdrawal notice " + command.noticeId() + " is already acknowledged");
        }
        apply(new WithdrawalNoticeAcknowledged(consentId, command.noticeId(), command.actor(), command.at()));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw CommandRejected.state(ErrorCodes.CONSENT_WITHDRAWN, "consent " + consentId + " is withdrawn");
        }
    }

    /** The rules a consent's scope keeps whether recorded or changed; returns the purposes as DUO ids. */
    private static List<String> scope(
            Violations violations,
            List<String> datasets,
            List<String> purposes,
            String disease,
            Instant validUntil,
            String actor,
            Instant at) {
        violations.identifiers("datasets", datasets).identifier("actor", actor).notNull("at", at);
        List<String> ids = DuoTerms.purpose(violations, "purposes", purposes, disease, "disease");
        validUntil(violations, validUntil, at);
        return ids;
    }

    private static void validUntil(Violations violations, Instant validUntil, Instant at) {
        violations.when(
                validUntil != null && at != null && !validUntil.isAfter(at),
                "validUntil",
                ErrorCodes.NOT_IN_FUTURE,
                "must be in the future (or left out for a consent without end)");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consentId = event.consentId();
        nodeId = event.nodeId();
        pseudonym = event.pseudonym();
        datasets = event.datasets();
    }

    @EventSourcingHandler
    void on(ConsentScopeChanged event) {
        datasets = event.datasets();
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(WithdrawalNoticeIssued event) {
        notices.put(event.noticeId(), false);
    }

    @EventSourcingHandler
    void on(WithdrawalNoticeAcknowledged event) {
        notices.put(event.noticeId(), true);
    }
}
