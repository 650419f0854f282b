package org.imagingledger.application.dac;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.dac.DeputyChairs;
import org.imagingledger.domain.dac.api.GrantDeputyChair;
import org.imagingledger.domain.dac.api.RevokeDeputyChair;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;
import org.imagingledger.projections.dac.DeputyQueries;
import org.imagingledger.projections.dac.DeputyView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * Deputy chairs: a governance admin grants a registered DAC member the role (an event) and
 * revokes it. While it stands, the deputy acts as a DAC chair: the web layer gives them the
 * chair's role on every request, so every chair page and rule honours it.
 */
@Service
public class Deputies {

    private final CommandGateway commands;
    private final DeputyQueries deputies;
    private final People people;
    private final Clock clock;

    Deputies(CommandGateway commands, DeputyQueries deputies, People people, Clock clock) {
        this.commands = commands;
        this.deputies = deputies;
        this.people = people;
        this.clock = clock;
    }

    public boolean isDeputy(String person) {
        return deputies.isDeputy(person);
    }

    public Page<DeputyView> list(PageParams page) {
        return deputies.deputies(page.pageable());
    }

    public void grant(String person, Caller caller) {
        Violations.check().identifier("person", person).orReject();
        if (!people.has(person, Role.DAC_MEMBER)) {
            throw CommandRejected.forbiddenField(
                    "person", ErrorCodes.NOT_DAC_MEMBER, "is not a registered DAC member", person);
        }
        commands.sendAndWait(
                new GrantDeputyChair(DeputyChairs.appointmentId(person), person, caller.name(), clock.instant()));
    }

    public void revoke(String person, String reason, Caller caller) {
        Violations.check().identifier("person", person).orReject();
        if (!deputies.isDeputy(person)) {
            throw CommandRejected.state(ErrorCodes.NOT_DEPUTY, person + " is not a deputy chair", person);
        }
        commands.sendAndWait(new RevokeDeputyChair(
                DeputyChairs.appointmentId(person), person, reason, caller.name(), clock.instant()));
    }
}
