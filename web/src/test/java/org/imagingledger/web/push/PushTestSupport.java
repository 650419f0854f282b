package org.imagingledger.web.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.imagingledger.web.support.PermitTestSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The push tests' ledger: a retry schedule of three short waits (four attempts), a one-second
 * answer time for receivers, the outbox worker looking every 100 ms, links under
 * http://ledger.test, mail sent to a real SMTP server (GreenMail) started once for the JVM, and an
 * H2 database of its own (on PostgreSQL every context has a fresh database anyway).
 */
@TestPropertySource(
        properties = {
            "ledger.outbox.retry-schedule=PT0.2S,PT0.2S,PT0.2S",
            "ledger.outbox.poll-interval=PT0.1S",
            "ledger.webhooks.timeout=PT1S",
            "ledger.public-url=http://ledger.test",
            "ledger.mail.from=Imaging ledger <ledger@ledger.test>",
            // a database of its own: every test context's outbox worker would otherwise share the messages
            "spring.datasource.url=jdbc:h2:mem:ledger-push;DB_CLOSE_DELAY=-1"
        })
public abstract class PushTestSupport extends PermitTestSupport {

    protected static final GreenMail SMTP = startSmtp();

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** Waits (at most 30 s) until the condition holds; fails with the description otherwise. */
    protected static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** A node's endpoint, registered with its own token: the answer (endpoint and secret). */
    protected JsonNode registerEndpoint(TestNode node, String url, List<String> types) throws Exception {
        return post("/api/v1/webhooks", Map.of("url", url, "eventTypes", types), bearer(node.token()));
    }

    /** The deliveries to an endpoint, newest first, as its node sees them. */
    protected JsonNode deliveries(TestNode node, String endpointId) throws Exception {
        return get("/api/v1/webhooks/" + endpointId + "/deliveries", bearer(node.token()));
    }

    /** Records a consent at the node and withdraws it: the id of the notice to the node. */
    protected String withdrawal(TestNode node, String dataset) throws Exception {
        String consent = post(
                        "/api/v1/consents",
                        Map.of("pseudonym", unique("PSN"), "datasets", List.of(dataset), "purposes", List.of("HMB")),
                        bearer(node.token()))
                .get("id")
                .asText();
        JsonNode withdrawn = post("/api/v1/consents/" + consent + "/withdraw", null, bearer(node.token()));
        for (JsonNode notice : withdrawn.get("notices")) {
            if (notice.get("recipientKind").asText().equals("NODE")
                    && notice.get("recipientId").asText().equals(node.id())) {
                return notice.get("id").asText();
            }
        }
        throw new AssertionError("no notice to " + node.id() + " in " + withdrawn);
    }

    protected String deliveryStatus(TestNode node, String endpointId, int index) throws Exception {
        JsonNode list = deliveries(node, endpointId);
        return list.size() > index ? list.get(index).get("status").asText() : "NONE";
    }
}
