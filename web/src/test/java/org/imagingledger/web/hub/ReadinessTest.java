package org.imagingledger.web.hub;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.opa.OpaProcess;
import org.imagingledger.web.support.LedgerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Readiness follows what the ledger needs to answer: down while its PostgreSQL is stopped or
 * the OPA server that decides is gone, up again when they are back; liveness stays up (a
 * restart would not help).
 */
@SpringBootTest(properties = {"spring.datasource.hikari.connection-timeout=2000", "ledger.policy.timeout=PT1S"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
class ReadinessTest {

    private static EmbeddedPostgres database;
    private static Path dataDirectory;
    private static int port;
    private static OpaProcess opa;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) throws Exception {
        dataDirectory = Files.createTempDirectory("ledger-readiness-pg");
        port = LedgerProcess.freePort();
        database = startDatabase();
        opa = OpaProcess.serve(PolicyBundle.builtin().bytes());
        registry.add("spring.datasource.url", () -> database.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("ledger.policy.engine", () -> "opa-server");
        registry.add("ledger.policy.opa-url", () -> opa.url().toString());
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (opa != null) {
            opa.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * Readiness becomes {@code expected}: a probe is asked again (every 250 ms, for 60 s at most)
     * while it still gives the other answer, since a pool reconnects and an engine answers in
     * their own time (a loaded machine may take a second over the first evaluation); then the
     * answer's shape is checked.
     */
    private void ready(boolean expected) throws Exception {
        int wanted = expected ? 200 : 503;
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (mvc.perform(get("/actuator/health/readiness"))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        != wanted
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(expected ? status().isOk() : status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value(expected ? "UP" : "DOWN"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void readinessIsDownWhileTheDatabaseOrThePolicyEngineIsAway() throws Exception {
        ready(true);

        database.close();
        ready(false);
        database = startDatabase();
        ready(true);

        opa.close();
        ready(false);
    }
}
