package org.imagingledger.application.decision;

import java.time.Instant;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;
import org.imagingledger.projections.decision.DecisionFilter;

/** The decision log's filters as the API and the page take them, checked; paging is PageParams'. */
public record LogQuery(DecisionFilter filter) {

    public static LogQuery of(
            String node, String dataset, String principal, String result, Instant from, Instant to, String revision) {
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
                        "from");
        violations.orReject();
        Boolean allowed = result == null || result.isBlank() ? null : result.equals("allow");
        return new LogQuery(new DecisionFilter(
                blankToNull(node),
                blankToNull(dataset),
                blankToNull(principal),
                allowed,
                from,
                to,
                blankToNull(revision)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
