package org.imagingledger.domain.permit;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.permit.api.IssuePermit;

/**
 * Issues the permit of every approved access request. It runs subscribing, in the approval's
 * own unit of work: if the permit cannot be issued, the approval fails with it, so there is
 * never an approval without its permit.
 */
public class PermitIssuance {

    private final CommandGateway commands;

    public PermitIssuance(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(AccessRequestApproved event) {
        commands.sendAndWait(new IssuePermit(
                event.permitId(),
                event.requestId(),
                event.applicant(),
                event.datasets(),
                event.purpose(),
                event.operations(),
                event.members(),
                event.validFrom(),
                event.validUntil(),
                event.conditions(),
                event.overriddenDatasets() == null ? List.of() : event.overriddenDatasets(),
                event.actor(),
                event.at()));
    }
}
