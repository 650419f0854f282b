package org.imagingledger.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imagingledger.LedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** A ledger started for one benchmark run: on a fresh H2 file database or a fresh real PostgreSQL. */
final class Backend implements AutoCloseable {

    static final String PASSWORD = "bench-only";

    private final String name;
    private final ConfigurableApplicationContext context;
    private final EmbeddedPostgres postgres;

    private Backend(String name, ConfigurableApplicationContext context, EmbeddedPostgres postgres) {
        this.name = name;
        this.context = context;
        this.postgres = postgres;
    }

    static Backend start(String name, String... extraProperties) throws IOException {
        Path dir = Files.createTempDirectory("ledger-bench-" + name);
        List<String> properties =
                new ArrayList<>(List.of("server.port=0", "logging.level.root=warn", "spring.main.banner-mode=off"));
        properties.addAll(List.of(extraProperties));
        users(properties);
        properties.add("ledger.password-login=true");
        properties.add(
                "ledger.allow-plain-text-passwords=true"); // the benchmark's throwaway users // the benchmark's users
        // log in with passwords
        EmbeddedPostgres postgres = null;
        String profile = "default";
        if (name.equals("postgres")) {
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(dir.toFile())
                    .setCleanDataDirectory(true)
                    .start();
            properties.add("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            properties.add("spring.datasource.username=postgres");
            properties.add("spring.datasource.password=");
            profile = "postgres";
        } else {
            properties.add("ledger.data-dir=" + dir); // the default H2 settings, in a fresh folder
        }
        properties.add("spring.datasource.hikari.maximum-pool-size=16");
        // a throwaway checkpoint key in the run's own folder (the H2 database lives there too)
        properties.add("ledger.audit.generate-key=true");
        properties.add("ledger.tokens.generate-key=true"); // and a throwaway node-token key
        if (name.equals("postgres")) {
            properties.add("ledger.data-dir=" + dir);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class)
                .profiles(profile)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        return new Backend(name, context, postgres);
    }

    static void users(List<String> properties) {
        String[][] users = {
            {"bench.admin", "GOVERNANCE_ADMIN"}, {"bench.chair", "DAC_CHAIR,DAC_MEMBER"},
            {"bench.member1", "DAC_MEMBER"}, {"bench.member2", "DAC_MEMBER"},
            {"bench.auditor", "AUDITOR"}
        };
        for (int i = 0; i < users.length; i++) {
            properties.add("ledger.users[" + i + "].username=" + users[i][0]);
            properties.add("ledger.users[" + i + "].password={noop}" + PASSWORD);
            properties.add("ledger.users[" + i + "].roles=" + users[i][1]);
        }
        for (int i = 0; i < 64; i++) {
            int index = users.length + i;
            properties.add("ledger.users[" + index + "].username=bench.researcher" + i);
            properties.add("ledger.users[" + index + "].password={noop}" + PASSWORD);
            properties.add("ledger.users[" + index + "].roles=RESEARCHER");
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + context.getBean(Environment.class).getProperty("local.server.port") + "/api/v1";
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}
