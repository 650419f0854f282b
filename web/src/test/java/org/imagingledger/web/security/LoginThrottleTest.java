package org.imagingledger.web.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing a password stops working: after the allowed failures a user name is locked out, the
 * right password included, with 429 and Retry-After; the lockout is an event. Over a real port,
 * so the client address is the real one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.login.failures-per-user=3",
            "ledger.login.failures-per-address=100",
            "ledger.users[0].username=throttle.admin",
            "ledger.users[0].password={noop}right-password",
            "ledger.users[0].roles=GOVERNANCE_ADMIN",
            "spring.datasource.url=jdbc:h2:mem:ledger-throttle;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void wrongPasswordsLockTheNameOutAndTheRightOneWaits() throws Exception {
        assertThat(call("throttle.admin", "right-password").statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(call("throttle.admin", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = call("throttle.admin", "right-password");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("\"code\":\"sign_in_locked\"");
        assertThat(locked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 300L));
        assertThat(call("throttle.admin", "guess-4").statusCode()).isEqualTo(429);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where payload_type like '%SignInLockedOut'",
                        Long.class))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject(
                        "select subject from sign_in_lockout_view order by locked_at desc limit 1", String.class))
                .isEqualTo("throttle.admin");
    }

    private HttpResponse<String> call(String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/nodes"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
