package org.imagingledger.domain.permit;

import java.util.Arrays;
import java.util.List;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Operation;
import org.imagingledger.domain.shared.Violations;

/** Operations travel as strings in commands and events; they must name an {@link Operation}. */
final class Operations {

    private static final List<String> NAMES =
            Arrays.stream(Operation.values()).map(Operation::name).toList();

    private Operations() {}

    static void check(Violations violations, String field, List<String> operations) {
        violations.notEmpty(field, operations).noDuplicates(field, operations);
        if (operations != null) {
            for (int i = 0; i < operations.size(); i++) {
                checkOne(violations, field + "[" + i + "]", operations.get(i));
            }
        }
    }

    static void checkOne(Violations violations, String field, String operation) {
        violations.when(
                operation == null || !NAMES.contains(operation),
                field,
                ErrorCodes.NOT_ONE_OF,
                "'" + operation + "' is not one of " + NAMES,
                operation,
                String.join(", ", NAMES));
    }
}
