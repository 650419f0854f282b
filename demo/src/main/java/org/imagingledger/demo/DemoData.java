package org.imagingledger.demo;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Seeds the demo ledger once: a restart finds the events already there and adds nothing. */
@Component
@ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final List<DemoSeeder> seeders;
    private final CatalogueQueries catalogue;
    private final Clock clock;

    DemoData(List<DemoSeeder> seeders, CatalogueQueries catalogue, Clock clock) {
        this.seeders = seeders;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalogue.nodes().isEmpty()) {
            log.info("demo data already present; nothing seeded");
            return;
        }
        DemoContext context = new DemoContext(clock);
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).forEach(seeder -> {
            log.info("seeding demo data: {}", seeder.getClass().getSimpleName());
            seeder.seed(context);
        });
    }
}
