package org.imagingledger.domain.dac;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.imagingledger.domain.dac.api.DeputyChairGranted;
import org.imagingledger.domain.dac.api.DeputyChairRevoked;
import org.imagingledger.domain.dac.api.GrantDeputyChair;
import org.imagingledger.domain.dac.api.RevokeDeputyChair;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's deputy chair role over time: granted, revoked, granted again. Whether the person
 * is a DAC member is the application's to check (the directory of people is outside the log).
 */
class DeputyAppointment {

    @AggregateIdentifier
    private String appointmentId;

    private String person;
    private boolean active;

    DeputyAppointment() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GrantDeputyChair command) {
        Violations.check()
                .identifier("person", command.person())
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .when(
                        command.person() != null
                                && !DeputyChairs.appointmentId(command.person()).equals(command.appointmentId()),
                        "appointmentId",
                        ErrorCodes.NOT_ONE_OF,
                        "must be the person's appointment stream",
                        command.appointmentId(),
                        DeputyChairs.appointmentId(command.person()))
                .orReject();
        if (active) {
            throw CommandRejected.state(
                    ErrorCodes.ALREADY_DEPUTY, command.person() + " is already a deputy chair", command.person());
        }
        apply(new DeputyChairGranted(command.appointmentId(), command.person(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RevokeDeputyChair command) {
        Violations.check()
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .text("reason", command.reason(), Limits.REASON)
                .orReject();
        if (!active) {
            throw CommandRejected.state(ErrorCodes.NOT_DEPUTY, person + " is not a deputy chair", person);
        }
        apply(new DeputyChairRevoked(appointmentId, person, command.reason().trim(), command.actor(), command.at()));
    }

    @EventSourcingHandler
    void on(DeputyChairGranted event) {
        appointmentId = event.appointmentId();
        person = event.person();
        active = true;
    }

    @EventSourcingHandler
    void on(DeputyChairRevoked event) {
        active = false;
    }
}
