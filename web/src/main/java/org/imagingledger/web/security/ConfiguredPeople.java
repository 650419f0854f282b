package org.imagingledger.web.security;

import java.util.EnumSet;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * People configured with a password ({@code ledger.users}) are in the directory from the start,
 * so that they can be named on a team or a panel before they first log in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before the demo data, which names them on teams and panels
class ConfiguredPeople implements ApplicationRunner {

    private final LedgerUsers users;
    private final People people;

    ConfiguredPeople(LedgerUsers users, People people) {
        this.users = users;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (LedgerUsers.User user : users.getUsers()) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(user.ledgerRoles());
            if (roles.isEmpty()) {
                continue; // a metrics scraper is no one to list in the directory
            }
            people.register(
                    user.getUsername(),
                    user.getDisplayName(),
                    user.getEmail(),
                    roles,
                    user.getNodeId(),
                    user.getLocale());
        }
    }
}
