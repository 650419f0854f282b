package org.imagingledger.policies.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyResult;
import org.imagingledger.policies.opa.OpaProcess;
import org.imagingledger.policies.server.OpaServerEngine;
import org.imagingledger.policies.wasm.WasmPolicyEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same answers from three evaluators of the same policy: the in-process Wasm engine
 * (Chicory), a real {@code opa run --server} loaded with the same bundle (OPA's Wasm runtime),
 * and {@code opa eval} on the Rego sources (OPA's interpreter). Each scenario also states what
 * a committee expects, so parity on a wrong answer would still fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityTest {

    private final PolicyBundle bundle = PolicyBundle.builtin();
    private final List<Scenario> scenarios = Scenarios.all();
    private WasmPolicyEngine wasm;
    private OpaProcess server;
    private OpaServerEngine serverEngine;
    private JsonNode evalResults;

    @BeforeAll
    void start() throws Exception {
        wasm = new WasmPolicyEngine(2, Duration.ofSeconds(10));
        server = OpaProcess.serve(Path.of("target", "classes", "policy", "builtin-bundle.tar.gz"));
        serverEngine = new OpaServerEngine(server.url(), Duration.ofSeconds(10));
        List<String> inputs = scenarios.stream().map(s -> s.input.toString()).toList();
        JsonNode out = Scenario.JSON.readTree(OpaProcess.evalAll(Path.of("src", "main", "rego"), inputs));
        evalResults = out.at("/result/0/expressions/0/value");
    }

    @AfterAll
    void stop() throws Exception {
        wasm.close();
        if (server != null) {
            server.close();
        }
    }

    Stream<Scenario> scenarios() {
        return scenarios.stream();
    }

    @Test
    void theTableIsLargeAndCoversBothAnswers() {
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(60);
        assertThat(scenarios.stream().filter(s -> s.allow)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(scenarios.stream().filter(s -> !s.allow)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(scenarios.stream().map(s -> s.name).distinct()).hasSameSizeAs(scenarios);
        assertThat(evalResults.size()).isEqualTo(scenarios.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void allThreeEnginesGiveTheExpectedIdenticalAnswer(Scenario scenario) throws Exception {
        String input = scenario.input.toString();
        PolicyResult inProcess = wasm.evaluate(bundle, input);
        PolicyResult opaServer = serverEngine.evaluate(bundle, input);
        JsonNode opaEval = evalResults.get(scenarios.indexOf(scenario));

        assertThat(opaServer.document()).as("OPA server vs in-process").isEqualTo(inProcess.document());
        assertThat(opaEval).as("opa eval vs in-process").isEqualTo(inProcess.document());
        assertThat(opaServer.revision()).isEqualTo(bundle.revision());

        assertThat(inProcess.allow()).as("allow").isEqualTo(scenario.allow);
        List<String> reasons = Scenario.codes(inProcess.reasons());
        if (scenario.allow) {
            assertThat(reasons).containsExactly("ALLOWED");
        } else {
            assertThat(reasons).containsAll(scenario.reasons).doesNotContain("ALLOWED");
        }
        List<String> obligations = new ArrayList<>(Scenario.codes(inProcess.obligations()));
        assertThat(obligations).containsAll(scenario.obligations);
        assertThat(Scenario.exclusions(inProcess.obligations())).containsExactlyInAnyOrderElementsOf(scenario.excluded);
    }
}
