package org.imagingledger.web.hub;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators and their tools see: probes open to anyone with the status alone, and the
 * ledger's own metrics in Prometheus's format for the metrics role only.
 */
@AutoConfigureObservability(tracing = false)
class ProbesAndMetricsTest extends ApiTestSupport {

    private static final RequestPostProcessor SCRAPER = user("prometheus").authorities(() -> "ROLE_METRICS");

    @Test
    void probesAreOpenAndSayTheStatusOnly() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            mvc.perform(MockMvcRequestBuilders.get(probe))
                    .andExpect(status().isOk())
                    .andExpect(content().json("{\"status\":\"UP\"}", true));
        }
        // the overall status names its probe groups, nothing more
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}", true));
        // the parts of the health are not open
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health/db"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED));
    }

    @Test
    void metricsAreForTheMetricsRoleOnly() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED));
        for (Role role : Role.values()) {
            mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(as(role)))
                    .andExpect(problem(HttpStatus.FORBIDDEN, ErrorCodes.ROLE_FORBIDS));
            mvc.perform(MockMvcRequestBuilders.get("/actuator/metrics").with(as(role)))
                    .andExpect(problem(HttpStatus.FORBIDDEN, ErrorCodes.ROLE_FORBIDS));
        }
        mvc.perform(MockMvcRequestBuilders.get("/actuator/metrics").with(SCRAPER))
                .andExpect(status().isOk());
    }

    @Test
    void prometheusCarriesTheLedgersOwnMetrics() throws Exception {
        TestNode node = registerNode("IT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        call(HttpMethod.POST, "/api/v1/nodes", Map.of("name", "Nowhere", "country", "XX"), as(Role.GOVERNANCE_ADMIN))
                .andExpect(status().isBadRequest());
        post(
                "/api/v1/decisions",
                Map.of(
                        "principal",
                        "someone",
                        "operation",
                        "FEDERATED_TRAINING",
                        "datasetId",
                        dataset,
                        "permitId",
                        "no-such-permit",
                        "purpose",
                        Map.of(
                                "codes",
                                List.of("DUO:0000006"),
                                "commercial",
                                false,
                                "forProfit",
                                false,
                                "methodsDevelopment",
                                false),
                        "subjects",
                        List.of()),
                bearer(node.token()));

        String scrape = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").with(SCRAPER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lines(scrape, "ledger_decisions_total{"))
                .anyMatch(
                        l -> l.contains("result=\"deny\"") && l.contains("engine=\"wasm\"") && l.contains("reason=\""));
        assertThat(scrape).contains("ledger_decision_latency_seconds_bucket{");
        assertThat(lines(scrape, "ledger_commands_total{"))
                .anyMatch(l -> l.contains("result=\"accepted\"") && l.contains("command=\"RegisterNode\""))
                .anyMatch(l -> l.contains("result=\"refused\"") && l.contains("code=\"not_country\""));
        for (String gauge : List.of(
                "ledger_withdrawal_notices_pending",
                "ledger_withdrawal_notices_oldest_pending_age_seconds",
                "ledger_access_requests_overdue",
                "ledger_audit_verification_findings",
                "ledger_audit_checkpoint_age_seconds")) {
            assertThat(scrape).contains("\n" + gauge + "{");
        }
    }

    private static List<String> lines(String scrape, String prefix) {
        return scrape.lines().filter(l -> l.startsWith(prefix)).toList();
    }
}
