package org.imagingledger.web.push;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingledger.application.outbox.OutboxWorker;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.webhook.StandardWebhooks;
import org.imagingledger.web.webhook.WebhookReceiver;
import org.imagingledger.web.webhook.WebhookReceiver.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks end to end, against real HTTP receivers started by the test: registration and its
 * refusals, signed delivery of each kind of event to the nodes it concerns only, a receiver that
 * is slow, then failing, then recovering, giving up (the endpoint disabled, later messages held,
 * released on enabling, manual redelivery), 410 Gone, redirects not followed, secret rotation,
 * and several claimers at once delivering each message once. Run on H2 and on PostgreSQL.
 */
public abstract class WebhookContract extends PushTestSupport {

    private static final String CHAIR = "dac_chair";

    @Autowired
    private OutboxWorker worker;

    @Autowired
    private MeterRegistry meters;

    private TestNode node;
    private String dataset;
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @BeforeEach
    void nodeWithDataset() throws Exception {
        node = registerNode("IT");
        dataset = registerDataset(node, List.of("HMB"), null, false);
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver(java.util.function.IntFunction<Answer> script) throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(script);
        receivers.add(receiver);
        return receiver;
    }

    @Test
    void aNodeRegistersEndpointsAndBadOnesAreRefused() throws Exception {
        WebhookReceiver receiver = receiver(n -> Answer.ok());
        JsonNode created = registerEndpoint(node, receiver.url("/hook"), List.of("withdrawal_notice.issued"));
        String id = created.at("/endpoint/id").asText();
        assertThat(created.get("secret").asText()).startsWith("whsec_");
        assertThat(created.at("/endpoint/nodeId").asText()).isEqualTo(node.id());
        assertThat(created.at("/endpoint/enabled").asBoolean()).isTrue();

        String listed = call(HttpMethod.GET, "/api/v1/webhooks", null, bearer(node.token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).contains(id).doesNotContain("whsec_").doesNotContain("secret\"");

        long events = events();
        int endpoints =
                get("/api/v1/webhooks", bearer(node.token())).get("items").size();
        JsonNode firstPage = get("/api/v1/webhooks?size=1", bearer(node.token()));
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.get("total").asInt()).isEqualTo(endpoints);
        call(HttpMethod.GET, "/api/v1/webhooks?size=0", null, bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "size", "out_of_range"));
        call(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        Map.of("url", "http://example.org/hook", "eventTypes", List.of("permit.suspended")),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "url", "not_https"));
        call(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        Map.of("url", "ftp://example.org/hook", "eventTypes", List.of("permit.suspended")),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "url", "not_url"));
        call(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        Map.of("url", "https://169.254.169.254/latest", "eventTypes", List.of("permit.suspended")),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "url", "host_forbidden"));
        call(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        Map.of("url", "https://hooks.example.org/x", "eventTypes", List.of("permit.nope")),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "eventTypes[0]", "unknown_webhook_event"));
        call(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        Map.of("url", "https://hooks.example.org/x", "eventTypes", List.of()),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "eventTypes", "empty"));
        assertThat(get("/api/v1/webhooks", bearer(node.token())).get("total").asInt())
                .isEqualTo(endpoints);
        assertThat(events()).isEqualTo(events);

        TestNode other = registerNode("NL");
        call(HttpMethod.GET, "/api/v1/webhooks/" + id, null, bearer(other.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.GET, "/api/v1/webhooks/" + id, null, as(Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        // a governance admin sees it, on the node's behalf
        assertThat(get("/api/v1/webhooks/" + id, as(Role.GOVERNANCE_ADMIN))
                        .get("subscriber")
                        .asText())
                .isEqualTo(node.id());
    }

    @Test
    void aWithdrawalReachesTheNodeSignedAndOnlyThatNode() throws Exception {
        WebhookReceiver receiver = receiver(n -> Answer.ok());
        JsonNode mine = registerEndpoint(node, receiver.url("/mine"), List.of("withdrawal_notice.issued"));
        String secret = mine.get("secret").asText();
        String endpoint = mine.at("/endpoint/id").asText();
        TestNode other = registerNode("ES");
        registerDataset(other, List.of("HMB"), null, false);
        registerEndpoint(other, receiver.url("/other"), List.of("withdrawal_notice.issued"));

        String notice = withdrawal(node, dataset);

        await("the notice is delivered", () -> receiver.receivedAt("/mine").size() == 1);
        WebhookReceiver.Received got = receiver.receivedAt("/mine").get(0);
        assertThat(StandardWebhooks.verify(
                        secret,
                        got.id(),
                        got.timestamp(),
                        got.signature(),
                        got.body(),
                        Instant.now().getEpochSecond()))
                .isTrue();
        JsonNode body = json.readTree(got.body());
        assertThat(body.get("type").asText()).isEqualTo("withdrawal_notice.issued");
        assertThat(body.at("/data/noticeId").asText()).isEqualTo(notice);
        assertThat(body.at("/data/recipientId").asText()).isEqualTo(node.id());
        assertThat(body.at("/data/pseudonym").asText()).startsWith("PSN");
        assertThat(body.at("/data/datasets/0").asText()).isEqualTo(dataset);
        assertThat(body.at("/links/acknowledge").asText())
                .isEqualTo("http://ledger.test/api/v1/withdrawal-notices/" + notice + "/acknowledge");
        assertThat(receiver.receivedAt("/other")).isEmpty();

        await("the delivery is recorded", () -> {
            try {
                return deliveryStatus(node, endpoint, 0).equals("DELIVERED");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode delivery = deliveries(node, endpoint).get(0);
        assertThat(delivery.get("id").asText()).isEqualTo(got.id());
        assertThat(delivery.at("/attempts/0/statusCode").asInt()).isEqualTo(200);
        assertThat(delivery.at("/attempts/0/delivered").asBoolean()).isTrue();

        // the notice shows when the webhook delivered it; the acknowledgement time goes to the metrics
        JsonNode listed = get("/api/v1/withdrawal-notices?pending=true", bearer(node.token()));
        JsonNode shown = null;
        for (JsonNode n : listed.get("items")) {
            if (n.get("id").asText().equals(notice)) {
                shown = n;
            }
        }
        assertThat(shown).isNotNull();
        assertThat(shown.get("pushedAt").isNull()).isFalse();
        Timer pushed = meters.find("ledger.withdrawal.acknowledgement")
                .tags("recipient", "node", "pushed", "true")
                .timer();
        long before = pushed == null ? 0 : pushed.count();
        post("/api/v1/withdrawal-notices/" + notice + "/acknowledge", null, bearer(node.token()));
        assertThat(meters.get("ledger.withdrawal.acknowledgement")
                        .tags("recipient", "node", "pushed", "true")
                        .timer()
                        .count())
                .isEqualTo(before + 1);
    }

    @Test
    void aSlowThenFailingReceiverGetsTheMessageWhenItRecovers() throws Exception {
        WebhookReceiver receiver = receiver(n -> switch (n) {
            case 0 -> Answer.slow(Duration.ofSeconds(3)); // the ledger waits 1 s
            case 1 -> Answer.status(500);
            case 2 -> new Answer(503, Duration.ZERO, Map.of("Retry-After", "1"));
            default -> Answer.ok();
        });
        JsonNode created = registerEndpoint(node, receiver.url("/hook"), List.of("permit.suspended"));
        String secret = created.get("secret").asText();
        String endpoint = created.at("/endpoint/id").asText();
        String permit = approve("holder", List.of(dataset));

        post(
                "/api/v1/permits/" + permit + "/suspend",
                Map.of("reason", "breach at the node"),
                as(CHAIR, Role.DAC_CHAIR));

        await("four attempts, the last delivered", () -> {
            try {
                return deliveryStatus(node, endpoint, 0).equals("DELIVERED");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode delivery = deliveries(node, endpoint).get(0);
        JsonNode attempts = delivery.get("attempts");
        assertThat(attempts).hasSize(4);
        assertThat(attempts.get(0).get("statusCode").isNull()).isTrue();
        assertThat(attempts.get(0).get("error").asText()).contains("no answer within");
        assertThat(attempts.get(1).get("statusCode").asInt()).isEqualTo(500);
        assertThat(attempts.get(2).get("statusCode").asInt()).isEqualTo(503);
        assertThat(attempts.get(3).get("statusCode").asInt()).isEqualTo(200);
        assertThat(attempts.get(3).get("delivered").asBoolean()).isTrue();
        for (JsonNode a : attempts) {
            assertThat(a.get("latencyMs").asLong()).isNotNegative();
        }
        // every attempt carried the same webhook-id and a valid signature of its own timestamp
        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(4);
        assertThat(got)
                .extracting(WebhookReceiver.Received::id)
                .containsOnly(delivery.get("id").asText());
        for (WebhookReceiver.Received r : got) {
            assertThat(StandardWebhooks.verify(
                            secret, r.id(), r.timestamp(), r.signature(), r.body(), Long.parseLong(r.timestamp())))
                    .isTrue();
        }
        JsonNode body = json.readTree(got.get(3).body());
        assertThat(body.get("type").asText()).isEqualTo("permit.suspended");
        assertThat(body.at("/data/permitId").asText()).isEqualTo(permit);
        assertThat(body.at("/data/status").asText()).isEqualTo("SUSPENDED");
        assertThat(body.at("/data/reason").asText()).isEqualTo("breach at the node");
        assertThat(body.at("/links/permit").asText()).isEqualTo("http://ledger.test/api/v1/permits/" + permit);
    }

    @Test
    void repeatedFailureDisablesTheEndpointHoldsLaterMessagesAndRedeliveryRecovers() throws Exception {
        WebhookReceiver receiver = receiver(n -> Answer.status(500));
        JsonNode created =
                registerEndpoint(node, receiver.url("/hook"), List.of("permit.suspended", "permit.reinstated"));
        String endpoint = created.at("/endpoint/id").asText();
        String permit = approve("holder", List.of(dataset));
        post("/api/v1/permits/" + permit + "/suspend", Map.of("reason", "audit"), as(CHAIR, Role.DAC_CHAIR));

        await("the schedule is used up", () -> {
            try {
                return deliveryStatus(node, endpoint, 0).equals("FAILED");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode failed = deliveries(node, endpoint).get(0);
        assertThat(failed.get("attempts")).hasSize(4);
        JsonNode disabled = get("/api/v1/webhooks/" + endpoint, bearer(node.token()));
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("disabledReason").asText()).contains("every attempt");

        // while disabled, a new event is kept for the endpoint, not sent
        post(
                "/api/v1/permits/" + permit + "/reinstate",
                Map.of("reason", "the audit found nothing"),
                as(CHAIR, Role.DAC_CHAIR));
        assertThat(deliveryStatus(node, endpoint, 0)).isEqualTo("HELD");
        int requests = receiver.received().size();
        Thread.sleep(300);
        assertThat(receiver.received()).hasSize(requests);

        receiver.script(n -> Answer.ok());
        post("/api/v1/webhooks/" + endpoint + "/enable", null, bearer(node.token()));
        await(
                "the held message goes out",
                () -> receiver.received().stream().anyMatch(r -> r.body().contains("permit.reinstated")));

        post(
                "/api/v1/webhooks/" + endpoint + "/deliveries/"
                        + failed.get("id").asText() + "/redeliver",
                null,
                bearer(node.token()));
        await("the failed message is redelivered", () -> {
            try {
                JsonNode list = deliveries(node, endpoint);
                for (JsonNode d : list) {
                    if (d.get("id").asText().equals(failed.get("id").asText())) {
                        return d.get("status").asText().equals("DELIVERED");
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the same webhook-id as the failed attempts: the receiver can tell it is the same message
        assertThat(receiver.received().stream()
                        .filter(r -> r.id().equals(failed.get("id").asText()))
                        .count())
                .isEqualTo(5);
    }

    @Test
    void goneDisablesAtOnceAndRedirectsAreNotFollowed() throws Exception {
        WebhookReceiver gone = receiver(n -> Answer.status(410));
        String goneEndpoint = registerEndpoint(node, gone.url("/gone"), List.of("permit.revoked"))
                .at("/endpoint/id")
                .asText();
        WebhookReceiver elsewhere = receiver(n -> Answer.ok());
        WebhookReceiver redirecting = receiver(n -> Answer.redirect(elsewhere.url("/moved")));
        String redirectEndpoint = registerEndpoint(node, redirecting.url("/old"), List.of("permit.revoked"))
                .at("/endpoint/id")
                .asText();
        String permit = approve("holder", List.of(dataset));
        post("/api/v1/permits/" + permit + "/revoke", Map.of("reason", "misuse"), as(CHAIR, Role.DAC_CHAIR));

        await("gone and redirect both fail", () -> {
            try {
                return deliveryStatus(node, goneEndpoint, 0).equals("FAILED")
                        && deliveryStatus(node, redirectEndpoint, 0).equals("FAILED");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(deliveries(node, goneEndpoint).get(0).get("attempts")).hasSize(1);
        assertThat(get("/api/v1/webhooks/" + goneEndpoint, bearer(node.token()))
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        JsonNode redirected =
                deliveries(node, redirectEndpoint).get(0).get("attempts").get(0);
        assertThat(redirected.get("statusCode").asInt()).isEqualTo(302);
        assertThat(redirected.get("error").asText()).contains("not followed");
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneDuringTheGracePeriod() throws Exception {
        WebhookReceiver receiver = receiver(n -> Answer.ok());
        JsonNode created = registerEndpoint(node, receiver.url("/hook"), List.of("permit.revoked"));
        String endpoint = created.at("/endpoint/id").asText();
        String old = created.get("secret").asText();
        String fresh = post("/api/v1/webhooks/" + endpoint + "/secret", null, bearer(node.token()))
                .get("secret")
                .asText();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        post("/api/v1/webhooks/" + endpoint + "/test", null, bearer(node.token()));
        await("the test event arrives", () -> receiver.received().size() == 1);
        WebhookReceiver.Received got = receiver.received().get(0);
        assertThat(got.signature().split(" ")).hasSize(2);
        long now = Instant.now().getEpochSecond();
        assertThat(StandardWebhooks.verify(fresh, got.id(), got.timestamp(), got.signature(), got.body(), now))
                .isTrue();
        assertThat(StandardWebhooks.verify(old, got.id(), got.timestamp(), got.signature(), got.body(), now))
                .isTrue();
        assertThat(json.readTree(got.body()).get("type").asText()).isEqualTo("webhook.test");
    }

    @Test
    void aNodeIsAskedForItsDecisionAndEveryNodeHearsOfNewPolicies() throws Exception {
        WebhookReceiver receiver = receiver(n -> Answer.ok());
        String guarded = registerDataset(node, List.of("HMB"), null, true);
        registerEndpoint(node, receiver.url("/hook"), List.of("access_request.node_decision_requested"));
        String applicant = unique("rita");
        Map<String, Object> content = new java.util.HashMap<>();
        Instant from = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        content.put("title", "Nodule detection");
        content.put("datasets", List.of(guarded));
        content.put(
                "purpose",
                Map.of("codes", List.of("HMB"), "commercial", false, "forProfit", false, "methodsDevelopment", true));
        content.put("summary", "Federated training.");
        content.put("operations", List.of("FEDERATED_TRAINING"));
        content.put("periodFrom", from.toString());
        content.put("periodUntil", from.plus(Duration.ofDays(300)).toString());
        content.put("team", List.of());
        String request = post("/api/v1/access-requests", content, as(applicant, Role.RESEARCHER))
                .get("id")
                .asText();
        post("/api/v1/access-requests/" + request + "/submit", null, as(applicant, Role.RESEARCHER));

        await("the node is asked", () -> receiver.received().size() == 1);
        JsonNode body = json.readTree(receiver.received().get(0).body());
        assertThat(body.get("type").asText()).isEqualTo("access_request.node_decision_requested");
        assertThat(body.at("/data/requestId").asText()).isEqualTo(request);
        assertThat(body.at("/data/datasets")).extracting(JsonNode::asText).containsExactly(guarded);
        assertThat(body.at("/links/decide").asText())
                .isEqualTo("http://ledger.test/api/v1/access-requests/" + request + "/node-decisions");
    }

    @Test
    void severalClaimersAtOnceDeliverEachMessageOnce() throws Exception {
        WebhookReceiver receiver = receiver(n -> Answer.ok());
        String endpoint = registerEndpoint(node, receiver.url("/hook"), List.of("permit.revoked"))
                .at("/endpoint/id")
                .asText();
        // held while disabled, then released at once: 60 messages due together
        post("/api/v1/webhooks/" + endpoint + "/disable", null, bearer(node.token()));
        for (int i = 0; i < 60; i++) {
            post("/api/v1/webhooks/" + endpoint + "/test", null, bearer(node.token()));
        }
        post("/api/v1/webhooks/" + endpoint + "/enable", null, bearer(node.token()));
        ExecutorService claimers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(claimers.submit(worker::deliverDueNow)); // beside the instance's own worker
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        claimers.shutdown();
        await("all 60 delivered", () -> receiver.received().size() >= 60);
        Thread.sleep(300);
        Set<String> ids = new HashSet<>();
        receiver.received().forEach(r -> ids.add(r.id()));
        assertThat(ids).hasSize(60);
        assertThat(receiver.received()).hasSize(60);
    }
}
