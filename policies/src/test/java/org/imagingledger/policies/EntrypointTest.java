package org.imagingledger.policies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.imagingledger.policies.opa.OpaProcess;
import org.imagingledger.policies.server.OpaServerEngine;
import org.imagingledger.policies.wasm.WasmPolicyEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Entry points are selected by name, in both engines: a bundle built with the entry points in
 * the other order answers the same, and a bundle built without the purpose check (an uploaded
 * revision may be) still decides but fails closed on a purpose check.
 */
class EntrypointTest {

    private static final String PURPOSE = """
            {"now_ms": 1795000000000, "operations": ["FEDERATED_TRAINING"],
             "purpose": {"codes": ["DUO:0000031"], "disease": null,
                         "commercial": false, "for_profit": false, "methods_development": false},
             "dataset": {"id": "ds-1", "node": "node-naples", "status": "ACTIVE",
                         "conditions": {"codes": ["DUO:0000006", "DUO:0000015"], "disease": null}}}
            """;

    private static PolicyBundle decisionOnly;
    private static PolicyBundle reversed;
    private static WasmPolicyEngine wasm;
    private static OpaProcess server;
    private static OpaServerEngine serverEngine;

    @BeforeAll
    static void build() throws Exception {
        Path sources = Path.of("src", "main", "rego");
        decisionOnly = PolicyBundle.read(OpaProcess.build(withoutPurposeCheck(sources), "decision-only"));
        reversed = PolicyBundle.read(OpaProcess.build(
                sources, "reversed", List.of(PolicyEngine.PURPOSE_CHECK_ENTRYPOINT, PolicyEngine.ENTRYPOINT)));
        wasm = new WasmPolicyEngine(1, Duration.ofSeconds(10));
        server = OpaProcess.serve(decisionOnly.bytes());
        serverEngine = new OpaServerEngine(server.url(), Duration.ofSeconds(10));
    }

    /**
     * A copy of the sources without purpose_check.rego: its METADATA ({@code entrypoint: true})
     * makes opa build compile the rule as an entry point even without {@code -e}.
     */
    private static Path withoutPurposeCheck(Path sources) throws IOException {
        Path copy = Files.createTempDirectory("decision-only");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("purpose_check") || name.endsWith("_test.rego")) {
                    continue;
                }
                Path target = copy.resolve(sources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return copy;
    }

    @AfterAll
    static void stop() throws Exception {
        wasm.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOrderOfTheEntryPointsDoesNotMatter() throws Exception {
        PolicyBundle builtin = PolicyBundle.builtin();
        assertThat(reversed.entrypoints())
                .containsExactly(PolicyEngine.PURPOSE_CHECK_ENTRYPOINT, PolicyEngine.ENTRYPOINT);
        assertThat(wasm.evaluatePurpose(reversed, PURPOSE).document())
                .isEqualTo(wasm.evaluatePurpose(builtin, PURPOSE).document());
        assertThat(wasm.evaluate(reversed, "{}").document())
                .isEqualTo(wasm.evaluate(builtin, "{}").document());
        // general methods development on HMB + NMDS
        assertThat(Scenario.codes(wasm.evaluatePurpose(reversed, PURPOSE)))
                .containsExactly("DUO_METHODS_DEVELOPMENT", "DUO_NOT_HEALTH_RESEARCH");
        assertThat(Scenario.codes(wasm.evaluate(reversed, "{}")))
                .containsExactly("DATASET_UNKNOWN", "INPUT_INVALID", "PERMIT_UNKNOWN");
    }

    @Test
    void aBundleWithoutThePurposeCheckStillDecides() throws Exception {
        assertThat(decisionOnly.entrypoints()).containsExactly(PolicyEngine.ENTRYPOINT);
        assertThat(wasm.evaluate(decisionOnly, "{}").allow()).isFalse();
        assertThat(serverEngine.evaluate(decisionOnly, "{}").allow()).isFalse();
    }

    @Test
    void aBundleWithoutThePurposeCheckFailsClosedOnIt() {
        assertThatThrownBy(() -> wasm.evaluatePurpose(decisionOnly, PURPOSE))
                .isInstanceOf(PolicyEvaluationException.class)
                .hasMessageContaining("purpose_check");
        assertThatThrownBy(() -> serverEngine.evaluatePurpose(decisionOnly, PURPOSE))
                .isInstanceOf(PolicyEvaluationException.class)
                .hasMessageContaining("purpose_check");
    }

    @Test
    void anEntryPointMustBeAPath() {
        assertThatThrownBy(() -> wasm.evaluate(PolicyBundle.builtin(), "imagingledger/access/decision?x=1", "{}"))
                .isInstanceOf(PolicyEvaluationException.class);
        assertThatThrownBy(() -> serverEngine.evaluate(decisionOnly, "../v1/policies", "{}"))
                .isInstanceOf(PolicyEvaluationException.class);
    }

    /** The reason codes of a result. */
    private static final class Scenario {
        static List<String> codes(PolicyResult result) {
            return result.reasons().findValuesAsText("code");
        }
    }
}
