package org.imagingledger.policies.parity;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same answers from three evaluators of the same policy: the in-process Wasm engine
 * (Chicory), a real {@code opa run --server} loaded with the same bundle (OPA's Wasm runtime),
 * and {@code opa eval} on the Rego sources (OPA's interpreter). Each scenario also states what
 * a committee expects, so parity on a wrong answer would still fail. Both entry points of the
 * bundle are compared: the access decision and the purpose check at review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityTest {

    private final PolicyBundle bundle = PolicyBundle.builtin();
    private final List<Scenario> scenarios = Scenarios.all();
    private final List<Scenario> purposeScenarios = PurposeScenarios.all();
    private WasmPolicyEngine wasm;
    private OpaProcess server;
    private OpaServerEngine serverEngine;
    private JsonNode evalResults;
    private JsonNode purposeEvalResults;

    @BeforeAll
    void start() throws Exception {
        wasm = new WasmPolicyEngine(2, Duration.ofSeconds(10));
        server = OpaProcess.serve(Path.of("target", "classes", "policy", "builtin-bundle.tar.gz"));
        serverEngine = new OpaServerEngine(server.url(), Duration.ofSeconds(10));
        List<String> inputs = scenarios.stream().map(s -> s.input.toString()).toList();
        JsonNode out = Scenario.JSON.readTree(OpaProcess.evalAll(Path.of("src", "main", "rego"), inputs));
        evalResults = out.at("/result/0/expressions/0/value");
        List<String> purposeInputs =
                purposeScenarios.stream().map(s -> s.input.toString()).toList();
        JsonNode purposeOut = Scenario.JSON.readTree(OpaProcess.evalAll(
                Path.of("src", "main", "rego"), purposeInputs, "data.imagingledger.access.purpose_check"));
        purposeEvalResults = purposeOut.at("/result/0/expressions/0/value");
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

    Stream<Scenario> purposeScenarios() {
        return purposeScenarios.stream();
    }

    @Test
    void theTableIsLargeAndCoversBothAnswers() {
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(60);
        assertThat(scenarios.stream().filter(s -> s.allow)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(scenarios.stream().filter(s -> !s.allow)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(scenarios.stream().map(s -> s.name).distinct()).hasSameSizeAs(scenarios);
        assertThat(evalResults.size()).isEqualTo(scenarios.size());
        assertThat(purposeScenarios).hasSizeGreaterThanOrEqualTo(20);
        assertThat(purposeScenarios.stream().filter(s -> s.allow)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(purposeScenarios.stream().filter(s -> !s.allow)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Stream.concat(scenarios.stream(), purposeScenarios.stream())
                        .map(s -> s.name)
                        .distinct())
                .hasSize(scenarios.size() + purposeScenarios.size());
        assertThat(purposeEvalResults.size()).isEqualTo(purposeScenarios.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void allThreeEnginesGiveTheExpectedIdenticalAnswer(Scenario scenario) throws Exception {
        String input = scenario.input.toString();
        PolicyResult inProcess = wasm.evaluate(bundle, input);
        PolicyResult opaServer = serverEngine.evaluate(bundle, input);
        JsonNode opaEval = evalResults.get(scenarios.indexOf(scenario));
        assertParityAndExpectation(scenario, inProcess, opaServer, opaEval);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("purposeScenarios")
    void allThreeEnginesGiveTheExpectedIdenticalPurposeCheck(Scenario scenario) throws Exception {
        String input = scenario.input.toString();
        PolicyResult inProcess = wasm.evaluatePurpose(bundle, input);
        PolicyResult opaServer = serverEngine.evaluatePurpose(bundle, input);
        JsonNode opaEval = purposeEvalResults.get(purposeScenarios.indexOf(scenario));
        assertParityAndExpectation(scenario, inProcess, opaServer, opaEval);
        // The purpose check's expectations are exact: every reason, sorted; obligations sorted.
        List<String> reasons = Scenario.codes(inProcess.reasons());
        assertThat(reasons)
                .containsExactlyInAnyOrderElementsOf(scenario.reasons)
                .isSorted();
        if (!scenario.allow) {
            assertThat(inProcess.obligations()).as("no obligations on a deny").isEmpty();
        }
        assertThat(Scenario.codes(inProcess.obligations()))
                .as("sorted by code")
                .containsExactlyInAnyOrderElementsOf(scenario.obligations)
                .isSorted();
    }

    private void assertParityAndExpectation(
            Scenario scenario, PolicyResult inProcess, PolicyResult opaServer, JsonNode opaEval) {
        assertThat(opaServer.document()).as("OPA server vs in-process").isEqualTo(inProcess.document());
        assertThat(opaEval).as("opa eval vs in-process").isEqualTo(inProcess.document());
        assertThat(opaServer.revision()).isEqualTo(bundle.revision());
        assertThat(inProcess.revision()).isEqualTo(bundle.revision());

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
