package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.opa.OpaProcess;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger configured with ledger.policy.engine=opa-server against a real OPA server that
 * loaded the built-in bundle; then the server goes away and the ledger must fail closed.
 */
class OpaServerDecisionTest extends DecisionTestSupport {

    private static OpaProcess opa;

    @DynamicPropertySource
    static void opaServer(DynamicPropertyRegistry registry) throws Exception {
        opa = OpaProcess.serve(PolicyBundle.builtin().bytes());
        registry.add("ledger.policy.engine", () -> "opa-server");
        registry.add("ledger.policy.opa-url", () -> opa.url().toString());
        registry.add("ledger.policy.timeout", () -> "PT2S");
    }

    @AfterAll
    static void stop() throws Exception {
        if (opa != null) {
            opa.close();
        }
    }

    @Test
    void theOpaServerDecidesAndAnUnreachableServerMeansARecordedDeny() throws Exception {
        TestNode node = registerNode("ES");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));

        JsonNode allowed = decide(question("rita", dataset, permit, List.of()), node);
        assertThat(allowed.get("allow").asBoolean()).isTrue();
        JsonNode logged = get("/api/v1/decisions/" + allowed.get("decisionId").asText(), as(Role.AUDITOR));
        assertThat(logged.at("/decision/engine").asText()).isEqualTo("opa-server");
        assertThat(get("/api/v1/decisions/" + allowed.get("decisionId").asText() + "/replay", as(Role.AUDITOR))
                        .get("identical")
                        .asBoolean())
                .as("the in-process replay agrees with the server")
                .isTrue();

        opa.close();
        long before = events();
        JsonNode denied = decide(question("rita", dataset, permit, List.of()), node);
        assertThat(denied.get("allow").asBoolean()).isFalse();
        assertThat(codes(denied.get("reasons"))).containsExactly("POLICY_ENGINE_FAILED");
        assertThat(denied.get("recorded").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(before + 1);
        JsonNode failure = get("/api/v1/decisions/" + denied.get("decisionId").asText(), as(Role.AUDITOR));
        assertThat(failure.at("/decision/engineFailed").asBoolean()).isTrue();
        assertThat(failure.get("failure").asText()).contains("OPA server");
    }
}
