package org.imagingledger.demo;

import java.util.EnumSet;
import java.util.Set;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's people in the directory before anything names them: a team lists registered
 * researchers, a panel registered DAC members. The demo profile also configures them as users
 * (application-demo.yml), which registers the same entries; this seeder makes the demo data
 * complete wherever it runs.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
class PeopleDemo implements DemoSeeder {

    private final People people;

    PeopleDemo(People people) {
        this.people = people;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void seed(DemoContext context) {
        register("rita.researcher", "Rita Rossi", "it", EnumSet.of(Role.RESEARCHER));
        register("remo.researcher", "Remo Ricci", "it", EnumSet.of(Role.RESEARCHER));
        register("dora.dac", "Dora Dekker", "en", EnumSet.of(Role.DAC_MEMBER));
        register("dirk.dac", "Dirk de Vries", "en", EnumSet.of(Role.DAC_MEMBER));
        register("diana.dac", "Diana Díaz", "en", EnumSet.of(Role.DAC_MEMBER));
        register("carla.chair", "Carla Conti", "it", EnumSet.of(Role.DAC_CHAIR, Role.DAC_MEMBER));
        register("aldo.auditor", "Aldo Amato", "it", EnumSet.of(Role.AUDITOR));
        register("greta.admin", "Greta Galli", "en", EnumSet.of(Role.GOVERNANCE_ADMIN));
    }

    private void register(String subject, String name, String locale, Set<Role> roles) {
        if (people.find(subject).isEmpty()) {
            people.register(subject, name, subject + "@demo.invalid", roles, null, locale);
        }
    }
}
