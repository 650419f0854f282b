package org.imagingledger.web.needtoknow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imagingledger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that began as a demonstration does not keep the demo's published doors open: run
 * without the demo profile, the ledger revokes each demo node token (recorded as an event).
 */
class DemoTokensTest {

    @Test
    void demoTokensStopWorkingOnceTheDemoProfileIsDropped() throws Exception {
        Path dir = Files.createTempDirectory("ledger-demo-tokens");
        try (ConfigurableApplicationContext demo = start(dir, "demo")) {
            assertThat(status(demo, "demo-token-naples")).isEqualTo(200);
        }
        try (ConfigurableApplicationContext production = start(dir, "default")) {
            assertThat(status(production, "demo-token-naples")).isEqualTo(401);
            assertThat(status(production, "demo-token-milan")).isEqualTo(401);
            Long revoked = production
                    .getBean(JdbcTemplate.class)
                    .queryForObject(
                            "select count(*) from domain_event_entry where payload_type like '%NodeTokenRevoked'",
                            Long.class);
            assertThat(revoked).isEqualTo(4L);
        }
    }

    private static ConfigurableApplicationContext start(Path dir, String profile) {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .profiles(profile)
                .run(
                        "--ledger.data-dir=" + dir,
                        "--server.port=0",
                        "--logging.level.root=warn",
                        "--ledger.audit.generate-key=true");
    }

    private static int status(ConfigurableApplicationContext context, String token) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/datasets"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
