package org.imagingledger.domain.permit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.imagingledger.domain.Refusals.FieldCode;
import org.imagingledger.domain.shared.Operation;
import org.imagingledger.domain.shared.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.domain.Refusals.pair;
import static org.imagingledger.domain.Refusals.pairs;
import static org.imagingledger.domain.shared.ErrorCodes.DUPLICATE_ENTRY;
import static org.imagingledger.domain.shared.ErrorCodes.EMPTY;
import static org.imagingledger.domain.shared.ErrorCodes.NOT_ONE_OF;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The operations of a permit and of a reported use: names of {@link Operation}, each once. */
class OperationsTest {

    private static final String F = "operations";

    private static List<String> ops(String... names) {
        return Arrays.asList(names);
    }

    static Stream<Arguments> operationLists() {
        return Stream.of(
                arguments(ops("FEDERATED_TRAINING"), List.of()),
                arguments(Arrays.stream(Operation.values()).map(Operation::name).toList(), List.of()),
                arguments(null, List.of(pair(F, EMPTY))),
                arguments(ops(), List.of(pair(F, EMPTY))),
                arguments(ops("DOWNLOAD", "DOWNLOAD"), List.of(pair(F, DUPLICATE_ENTRY))),
                arguments(ops("UPLOAD"), List.of(pair(F + "[0]", NOT_ONE_OF))),
                arguments(ops("federated_training"), List.of(pair(F + "[0]", NOT_ONE_OF))),
                arguments(ops(" DOWNLOAD"), List.of(pair(F + "[0]", NOT_ONE_OF))),
                arguments(ops((String) null), List.of(pair(F + "[0]", NOT_ONE_OF))),
                arguments(
                        ops("DOWNLOAD", "UPLOAD", "DOWNLOAD"),
                        List.of(pair(F, DUPLICATE_ENTRY), pair(F + "[1]", NOT_ONE_OF))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("operationLists")
    void check(List<String> operations, List<FieldCode> expected) {
        Violations violations = Violations.check();
        Operations.check(violations, F, operations);
        assertThat(pairs(violations)).isEqualTo(expected);
    }

    static Stream<Arguments> singleOperations() {
        return Stream.concat(
                Arrays.stream(Operation.values()).map(o -> arguments(o.name(), List.of())),
                Stream.of(
                        arguments("UPLOAD", List.of(pair("operation", NOT_ONE_OF))),
                        arguments("", List.of(pair("operation", NOT_ONE_OF))),
                        arguments(null, List.of(pair("operation", NOT_ONE_OF)))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("singleOperations")
    void checkOne(String operation, List<FieldCode> expected) {
        Violations violations = Violations.check();
        Operations.checkOne(violations, "operation", operation);
        assertThat(pairs(violations)).isEqualTo(expected);
    }
}
