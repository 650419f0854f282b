package org.imagingledger.policies.wasm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEvaluationException;
import org.imagingledger.policies.PolicyResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WasmPolicyEngineTest {

    static final PolicyBundle BUNDLE = PolicyBundle.builtin();
    static final WasmPolicyEngine ENGINE = new WasmPolicyEngine(2, Duration.ofSeconds(5));

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @Test
    void emptyQuestionIsDeniedWithReasons() throws Exception {
        PolicyResult result = ENGINE.evaluate(BUNDLE, "{}");
        assertThat(result.allow()).isFalse();
        assertThat(result.reasons()).isNotEmpty();
        assertThat(result.revision()).isEqualTo(BUNDLE.revision());
    }

    @Test
    void emptyPurposeCheckIsDeniedWithReasons() throws Exception {
        PolicyResult result = ENGINE.evaluatePurpose(BUNDLE, "{}");
        assertThat(result.allow()).isFalse();
        assertThat(result.reasons().findValuesAsText("code")).containsExactly("DATASET_UNKNOWN", "INPUT_INVALID");
        assertThat(result.obligations()).isEmpty();
        assertThat(result.revision()).isEqualTo(BUNDLE.revision());
    }

    @Test
    void malformedPurposeCheckInputFailsInsteadOfAnswering() {
        assertThatThrownBy(() -> ENGINE.evaluatePurpose(BUNDLE, "[]")).isInstanceOf(PolicyEvaluationException.class);
    }

    /** Decisions and purpose checks interleaved on the same instances each get their own entry point. */
    @Test
    void poolServesBothEntryPointsOnTheSameInstances() throws Exception {
        String decision = ENGINE.evaluate(BUNDLE, "{}").document().toString();
        String check = ENGINE.evaluatePurpose(BUNDLE, "{}").document().toString();
        assertThat(decision).isNotEqualTo(check);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean purpose = i % 2 == 0;
                results.add(threads.submit(() -> purpose
                        ? ENGINE.evaluatePurpose(BUNDLE, "{}")
                                .document()
                                .toString()
                                .equals(check)
                        : ENGINE.evaluate(BUNDLE, "{}").document().toString().equals(decision)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void malformedInputFailsInsteadOfAnswering() {
        assertThatThrownBy(() -> ENGINE.evaluate(BUNDLE, "{not json")).isInstanceOf(PolicyEvaluationException.class);
    }

    /** More threads than instances: every evaluation still gets its own instance and the same answer. */
    @Test
    void poolServesConcurrentCallers() throws Exception {
        String expected = ENGINE.evaluate(BUNDLE, "{}").document().toString();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                results.add(threads.submit(
                        () -> ENGINE.evaluate(BUNDLE, "{}").document().toString()));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
