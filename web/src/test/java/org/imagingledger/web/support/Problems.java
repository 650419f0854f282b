package org.imagingledger.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on the API's refusals, which are RFC 9457 problem details
 * ({@code application/problem+json}: {@code status}, {@code code},
 * {@code violations: [{field, code, message}]}). A refusal is asserted by its status, its code
 * and the (field, code) pairs of its violations, never by its wording: the sentences belong to
 * the message bundles and change with the caller's language.
 *
 * <pre>{@code
 * call(...).andExpect(refused(HttpStatus.BAD_REQUEST, "reason", "required"));
 * call(...).andExpect(problem(HttpStatus.CONFLICT, "state_forbids"));
 * call(...).andExpect(refused(HttpStatus.BAD_REQUEST, at("title", "required"), at("purpose", "required")));
 * }</pre>
 */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** One broken rule as a test names it: the field's JSON path and the rule's code. */
    public record Violation(String field, String code) {
        @Override
        public String toString() {
            return "(" + field + ", " + code + ")";
        }
    }

    public static Violation at(String field, String code) {
        return new Violation(field, code);
    }

    /**
     * The answer is a problem detail: the HTTP status, {@code Content-Type: application/problem+json},
     * the same {@code status} in the body and the refusal's {@code code}.
     */
    public static ResultMatcher problem(HttpStatus status, String code) {
        return result -> {
            JsonNode body = problemBody(result.getResponse(), status);
            assertThat(body.path("code").asText(null)).as("$.code of %s", body).isEqualTo(code);
        };
    }

    /** The problem names exactly one broken rule: this field and this code. */
    public static ResultMatcher violation(String field, String code) {
        return violations(at(field, code));
    }

    /** The problem names exactly these broken rules, in any order. */
    public static ResultMatcher violations(Violation... expected) {
        return result -> {
            JsonNode body = body(result.getResponse());
            assertThat(pairs(body)).as("(field, code) pairs of %s", body).containsExactlyInAnyOrder(expected);
        };
    }

    /** The problem names at least these broken rules (it may name others too). */
    public static ResultMatcher includesViolations(Violation... expected) {
        return result -> {
            JsonNode body = body(result.getResponse());
            assertThat(pairs(body)).as("(field, code) pairs of %s", body).contains(expected);
        };
    }

    /** A refusal of one field: status, problem+json, the code, and the single violation (field, code). */
    public static ResultMatcher refused(HttpStatus status, String field, String code) {
        return ResultMatcher.matchAll(problem(status, code), violation(field, code));
    }

    /**
     * A refusal of several fields at once: status, problem+json, exactly these violations in any
     * order, and as the problem's {@code code} the code of the first violation listed (the API's rule).
     */
    public static ResultMatcher refused(HttpStatus status, Violation... expected) {
        return result -> {
            JsonNode body = problemBody(result.getResponse(), status);
            List<Violation> pairs = pairs(body);
            assertThat(pairs).as("(field, code) pairs of %s", body).containsExactlyInAnyOrder(expected);
            assertThat(body.path("code").asText(null))
                    .as("$.code of %s", body)
                    .isEqualTo(pairs.get(0).code());
        };
    }

    /** A problem detail's (field, code) pairs, for tests that read the body themselves. */
    public static List<Violation> pairs(JsonNode body) {
        List<Violation> pairs = new ArrayList<>();
        JsonNode violations = body.path("violations");
        assertThat(violations.isArray())
                .as("$.violations is a list in %s", body)
                .isTrue();
        for (JsonNode v : violations) {
            assertThat(v.path("message").isTextual())
                    .as("violation %s has a message", v)
                    .isTrue();
            pairs.add(at(v.path("field").asText(null), v.path("code").asText(null)));
        }
        return pairs;
    }

    private static JsonNode problemBody(MockHttpServletResponse response, HttpStatus status) throws IOException {
        JsonNode body = body(response);
        assertThat(response.getStatus()).as("HTTP status of %s", body).isEqualTo(status.value());
        assertThat(response.getContentType()).as("Content-Type of %s", body).isNotNull();
        assertThat(MediaType.parseMediaType(response.getContentType())
                        .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("Content-Type %s is application/problem+json", response.getContentType())
                .isTrue();
        assertThat(body.path("status").asInt()).as("$.status of %s", body).isEqualTo(status.value());
        return body;
    }

    static JsonNode body(MockHttpServletResponse response) throws IOException {
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .as("a problem detail body (HTTP %s)", response.getStatus())
                .isNotBlank();
        return JSON.readTree(text);
    }
}
