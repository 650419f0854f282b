package org.imagingledger.application.decision;

import java.time.Instant;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;
import org.imagingledger.projections.decision.DecisionFilter;

/** The decision log's filters as the API and the page take them, checked. */
public record LogQuery(DecisionFilter filter, int limit) {

    static final int MAX_LIMIT = 1000;

    public static LogQuery of(
            String node,
            String dataset,
            String principal,
            String result,
            Instant from,
            Instant to,
            String revision,
            int limit) {
        Violations violations = Violations.check()
                .when(
                        result != null && !result.isBlank() && !result.equals("allow") && !result.equals("deny"),
                        "result",
                        ErrorCodes.NOT_ONE_OF,
                        "must be allow or deny",
                        result,
                        "allow, deny")
                .when(
                        from != null && to != null && !to.isAfter(from),
                        "to",
                        ErrorCodes.NOT_AFTER,
                        "must be after from",
                        "from")
                .when(
                        limit < 1 || limit > MAX_LIMIT,
                        "limit",
                        ErrorCodes.OUT_OF_RANGE,
                        "must be between 1 and " + MAX_LIMIT,
                        1,
                        MAX_LIMIT);
        violations.orReject();
        Boolean allowed = result == null || result.isBlank() ? null : result.equals("allow");
        return new LogQuery(
                new DecisionFilter(
                        blankToNull(node),
                        blankToNull(dataset),
                        blankToNull(principal),
                        allowed,
                        from,
                        to,
                        blankToNull(revision)),
                limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
