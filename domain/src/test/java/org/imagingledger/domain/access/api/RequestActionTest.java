package org.imagingledger.domain.access.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which access-request state allows which action, written out: x allowed, - refused. The
 * aggregate refuses the rest with state_forbids and the pages show only the allowed actions,
 * so a change here is a change of the process and should be deliberate.
 */
class RequestActionTest {

    private static final String TABLE = """
                             DRAFT  SUBMITTED  UNDER_REVIEW  RETURNED  APPROVED  REJECTED  WITHDRAWN
            REVISE             x        -           -            x         -         -          -
            SUBMIT             x        -           -            x         -         -          -
            ASSIGN_REVIEWERS   -        x           x            -         -         -          -
            DECLARE_CONFLICT   -        -           x            -         -         -          -
            VOTE               -        -           x            -         -         -          -
            NODE_DECISION      -        x           x            -         -         -          -
            APPROVE            -        -           x            -         -         -          -
            REJECT             -        -           x            -         -         -          -
            RETURN             -        x           x            -         -         -          -
            EXTEND_DEADLINE    -        x           x            -         -         -          -
            WITHDRAW           x        x           x            x         -         -          -
            CHECK_PURPOSE      -        x           x            -         -         -          -
            OVERRIDE_PURPOSE_CHECK -    x           x            -         -         -          -
            DECLARE_CHAIR_CONFLICT -    x           x            -         -         -          -
            ATTACH_DOCUMENT    x        x           x            x         -         -          -
            COMMENT            -        x           x            -         -         -          -
            ASK_APPLICANT      -        x           x            -         -         -          -
            ANSWER_QUESTION    -        x           x            x         -         -          -
            """;

    private static List<AccessRequestStatus> columns() {
        String header = TABLE.lines().findFirst().orElseThrow().trim();
        return Arrays.stream(header.split("\\s+"))
                .map(AccessRequestStatus::valueOf)
                .toList();
    }

    private static Map<RequestAction, Set<AccessRequestStatus>> expected() {
        List<AccessRequestStatus> columns = columns();
        Map<RequestAction, Set<AccessRequestStatus>> table = new LinkedHashMap<>();
        TABLE.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            assertThat(cells).as(line).hasSize(columns.size() + 1);
            Set<AccessRequestStatus> allowed = EnumSet.noneOf(AccessRequestStatus.class);
            for (int i = 0; i < columns.size(); i++) {
                assertThat(cells[i + 1]).as(line).isIn("x", "-");
                if (cells[i + 1].equals("x")) {
                    allowed.add(columns.get(i));
                }
            }
            table.put(RequestAction.valueOf(cells[0]), allowed);
        });
        return table;
    }

    static Stream<Arguments> everyActionInEveryState() {
        Map<RequestAction, Set<AccessRequestStatus>> expected = expected();
        List<Arguments> rows = new ArrayList<>();
        for (RequestAction action : RequestAction.values()) {
            for (AccessRequestStatus status : AccessRequestStatus.values()) {
                rows.add(arguments(
                        action, status, expected.getOrDefault(action, Set.of()).contains(status)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} in {1}: allowed {2}")
    @MethodSource("everyActionInEveryState")
    void allowedIn(RequestAction action, AccessRequestStatus status, boolean allowed) {
        assertThat(action.allowedIn(status)).isEqualTo(allowed);
        assertThat(action.allowedIn().contains(status)).isEqualTo(allowed);
    }

    @Test
    void theTableNamesEveryActionAndEveryState() {
        assertThat(columns()).containsExactly(AccessRequestStatus.values());
        assertThat(expected().keySet()).containsExactly(RequestAction.values());
    }

    @Test
    void decidedAndWithdrawnRequestsAllowNothing() {
        for (RequestAction action : RequestAction.values()) {
            assertThat(action.allowedIn())
                    .as(action.name())
                    .allMatch(s -> s == AccessRequestStatus.DRAFT || s == AccessRequestStatus.RETURNED || s.isOpen());
        }
    }
}
