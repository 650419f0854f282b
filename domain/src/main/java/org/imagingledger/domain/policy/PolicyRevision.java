package org.imagingledger.domain.policy;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.policy.api.ActivatePolicyBundle;
import org.imagingledger.domain.policy.api.PolicyBundleActivated;
import org.imagingledger.domain.policy.api.PolicyBundlePublished;
import org.imagingledger.domain.policy.api.PublishPolicyBundle;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One published revision of the access policy. A revision is immutable: its SHA-256 is fixed
 * at publication, so a decision that names the revision names exactly one bundle.
 */
class PolicyRevision {

    static final String REVISION = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";

    @AggregateIdentifier
    private String revision;

    PolicyRevision() {}

    @CommandHandler
    PolicyRevision(PublishPolicyBundle command) {
        Violations.check()
                .when(
                        command.revision() == null || !command.revision().matches(REVISION),
                        "revision",
                        ErrorCodes.NOT_IDENTIFIER,
                        "must be 1-100 letters, digits, '.', '_', ':' or '-'")
                .when(
                        command.sha256() == null || !command.sha256().matches("[0-9a-f]{64}"),
                        "sha256",
                        ErrorCodes.NOT_HEX,
                        "must be a lower-case hex SHA-256")
                .positive("sizeBytes", command.sizeBytes())
                .maxLength("note", command.note(), Limits.NOTE)
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        apply(new PolicyBundlePublished(
                command.revision(),
                command.sha256(),
                command.sizeBytes(),
                command.note() == null ? null : command.note().trim(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(ActivatePolicyBundle command) {
        Violations.check()
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        if (revision.equals(command.previousRevision())) {
            throw CommandRejected.state(
                    ErrorCodes.ALREADY_ACTIVE, "revision " + revision + " is already the active policy", revision);
        }
        apply(new PolicyBundleActivated(revision, command.previousRevision(), command.actor(), command.at()));
    }

    @EventSourcingHandler
    void on(PolicyBundlePublished event) {
        revision = event.revision();
    }
}
