package org.imagingledger.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Proves who may call an endpoint: every role outside the allowed set gets 403, every role
 * inside it gets past security (any status but 401/403), and nobody anonymous gets in. No
 * answer of any caller may be a 5xx: a role outside the set is refused, not failed. On the API
 * (/api/**) the refusals are problem details: 403 {@code role_forbids}, 401 {@code unauthenticated}.
 */
public final class RoleMatrix {

    private final MockMvc mvc;
    private final Function<Role, RequestPostProcessor> principals;

    public RoleMatrix(MockMvc mvc, Function<Role, RequestPostProcessor> principals) {
        this.mvc = mvc;
        this.principals = principals;
    }

    /**
     * Every role of the ledger's people and nodes: all but the service roles (a passport-reading
     * service reads passports and nothing else).
     */
    public static Role[] everyLedgerRole() {
        return java.util.Arrays.stream(Role.values())
                .filter(r -> r != Role.PASSPORT_READER)
                .toArray(Role[]::new);
    }

    public void check(HttpMethod method, String path, String body, Role... allowed) throws Exception {
        Set<Role> permitted = allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed);
        for (Role role : Role.values()) {
            MockHttpServletResponse response = perform(method, path, body, principals.apply(role));
            int status = response.getStatus();
            assertThat(status)
                    .as("%s %s as %s must not fail", method, path, role)
                    .isLessThan(500);
            if (permitted.contains(role)) {
                assertThat(status).as("%s %s as %s", method, path, role).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s %s as %s", method, path, role).isEqualTo(403);
                if (isApi(path)) {
                    assertProblem(response, ErrorCodes.ROLE_FORBIDS, "%s %s as %s".formatted(method, path, role));
                }
            }
        }
        MockHttpServletResponse anonymous = perform(method, path, body, request -> request);
        assertThat(anonymous.getStatus())
                .as("%s %s anonymous must not fail", method, path)
                .isLessThan(500);
        assertThat(anonymous.getStatus()).as("%s %s anonymous", method, path).isIn(401, 302);
        if (isApi(path)) {
            assertThat(anonymous.getStatus())
                    .as("%s %s anonymous", method, path)
                    .isEqualTo(401);
            assertProblem(anonymous, ErrorCodes.UNAUTHENTICATED, "%s %s anonymous".formatted(method, path));
        }
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static void assertProblem(MockHttpServletResponse response, String code, String who) throws Exception {
        assertThat(response.getContentType()).as("%s: Content-Type", who).isNotNull();
        assertThat(MediaType.parseMediaType(response.getContentType())
                        .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s: Content-Type %s", who, response.getContentType())
                .isTrue();
        JsonNode problem = Problems.body(response);
        assertThat(problem.path("status").asInt())
                .as("%s: $.status of %s", who, problem)
                .isEqualTo(response.getStatus());
        assertThat(problem.path("code").asText(null))
                .as("%s: $.code of %s", who, problem)
                .isEqualTo(code);
    }

    private MockHttpServletResponse perform(HttpMethod method, String path, String body, RequestPostProcessor who)
            throws Exception {
        var request = MockMvcRequestBuilders.request(method, path).with(who).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
