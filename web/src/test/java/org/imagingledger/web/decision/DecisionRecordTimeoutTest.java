package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.DecisionTestSupport;
import org.imagingledger.web.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a node is told is what the log keeps, also when recording is slow. The event table is
 * locked from another connection so that the recorder stalls: a decision the recorder had
 * already taken is answered with its real result once its commit goes through; a decision still
 * waiting when the answer was due is answered deny and recorded as that deny (same id, the
 * timeout as its reason), never later as the allow the policy gave.
 */
@OnPostgres
@TestPropertySource(properties = "ledger.decisions.record-timeout=PT1S")
class DecisionRecordTimeoutTest extends DecisionTestSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void aDecisionThatCouldNotBeRecordedInTimeIsRecordedAsTheDenyThatWasAnswered() throws Exception {
        TestNode node = registerNode("SI");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));
        CompletableFuture<JsonNode> taken;
        JsonNode timedOut;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE domain_event_entry IN EXCLUSIVE MODE");
            }
            taken = CompletableFuture.supplyAsync(() -> {
                try {
                    return decide(question("rita", dataset, permit, List.of()), node);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitRecorderBlocked();
            // the recorder is stuck in the first commit: this question waits in its queue past the timeout
            timedOut = decide(question("rita", dataset, permit, List.of()), node);
            lock.rollback();
        }
        JsonNode first = taken.get(30, TimeUnit.SECONDS);
        assertThat(first.get("allow").asBoolean()).isTrue();
        assertThat(first.get("recorded").asBoolean()).isTrue();

        assertThat(timedOut.get("allow").asBoolean()).isFalse();
        assertThat(timedOut.get("recorded").asBoolean()).isFalse();
        assertThat(codes(timedOut.get("reasons"))).containsExactly("DECISION_NOT_RECORDED");
        String id = timedOut.get("decisionId").asText();

        JsonNode logged = awaitDecision(id);
        assertThat(logged.at("/decision/allow").asBoolean()).isFalse();
        assertThat(logged.at("/decision/reasonCodes").toString()).isEqualTo("[\"DECISION_NOT_RECORDED\"]");
        assertThat(logged.at("/failure").asText()).contains("not recorded within 1000 ms");
        JsonNode firstLogged = awaitDecision(first.get("decisionId").asText());
        assertThat(firstLogged.at("/decision/allow").asBoolean()).isTrue();
        // the allow the policy gave the second question was never stored under its id, and never will be
        Thread.sleep(500);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, id))
                .isEqualTo(1L);
    }

    private void awaitRecorderBlocked() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            Long waiting = jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%domain_event_entry%'",
                    Long.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the recorder never reached the locked table");
    }

    private JsonNode awaitDecision(String id) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                    "/api/v1/decisions/" + id)
                            .with(as(Role.AUDITOR)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 200 || Instant.now().isAfter(until)) {
                return get("/api/v1/decisions/" + id, as(Role.AUDITOR));
            }
            Thread.sleep(50);
        }
    }
}
