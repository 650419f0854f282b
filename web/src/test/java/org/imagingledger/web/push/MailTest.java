package org.imagingledger.web.push;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.mail.MailReminders;
import org.imagingledger.application.outbox.Channel;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.outbox.OutboxStatus;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.webhook.WebhookService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.refused;

/**
 * E-mail to people through a real SMTP server (GreenMail), read back as received: each kind of
 * message to the right people, in each person's language with a link to the page; reminders
 * queued once however often the job runs; a kind turned off is not sent; every sending recorded.
 */
class MailTest extends PushTestSupport {

    private static final String BASE = "/api/v1/access-requests";

    @Autowired
    private People people;

    @Autowired
    private MailReminders reminders;

    @Autowired
    private Outbox outbox;

    @Autowired
    private WebhookService webhooks;

    private String applicant;
    private String team;
    private String reviewer1;
    private String reviewer2;
    private String chair;
    private String dataset;
    private TestNode node;

    @BeforeEach
    void directory() throws Exception {
        applicant = person("rita", Role.RESEARCHER, "it");
        team = person("remo", Role.RESEARCHER, "en");
        reviewer1 = person("dora", Role.DAC_MEMBER, "en");
        reviewer2 = person("dirk", Role.DAC_MEMBER, "it");
        chair = person("carla", Role.DAC_CHAIR, "en");
        node = registerNode("IT");
        dataset = registerDataset(node, List.of("HMB"), null, false);
    }

    private String person(String name, Role role, String locale) {
        String subject = unique(name);
        people.register(subject, name + " Test", subject + "@mail.test", EnumSet.of(role), null, locale);
        return subject;
    }

    @Test
    void eachEventMailsTheRightPeopleInTheirLanguageWithALink() throws Exception {
        String request = submitted();
        post(BASE + "/" + request + "/reviewers", Map.of("reviewers", List.of(reviewer1, reviewer2)), chairCaller());

        MimeMessage assigned = awaitMail(reviewer1, 1).get(0);
        assertThat(assigned.getSubject()).isEqualTo("[Ledger] You review request " + request);
        assertThat(body(assigned))
                .contains("Hello dora Test,")
                .contains("http://ledger.test/requests/" + request)
                .contains("http://ledger.test/settings/notifications");
        assertThat(((InternetAddress) assigned.getFrom()[0]).getAddress()).isEqualTo("ledger@ledger.test");
        assertThat(awaitMail(reviewer2, 1).get(0).getSubject()).isEqualTo("[Registro] Valuti la richiesta " + request);

        // a question to the applicant (in Italian), then the decision to the applicant and the team
        post(
                BASE + "/" + request + "/decision",
                Map.of("outcome", "RETURN", "reason", "Describe the model."),
                chairCaller());
        MimeMessage question = awaitMail(applicant, 1).get(0);
        assertThat(question.getSubject()).isEqualTo("[Registro] Il DAC ti ha rinviato la richiesta " + request);
        assertThat(body(question)).contains("Describe the model.").contains("Buongiorno rita Test,");

        post(BASE + "/" + request + "/submit", null, researcher());
        post(BASE + "/" + request + "/reviewers", Map.of("reviewers", List.of(reviewer1, reviewer2)), chairCaller());
        post(
                BASE + "/" + request + "/votes",
                Map.of("vote", "APPROVE", "comment", "sound"),
                as(reviewer1, Role.DAC_MEMBER));
        post(
                BASE + "/" + request + "/votes",
                Map.of("vote", "APPROVE", "comment", "fine"),
                as(reviewer2, Role.DAC_MEMBER));
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String permit = post(
                        BASE + "/" + request + "/decision",
                        Map.of(
                                "outcome",
                                "APPROVE",
                                "conditions",
                                List.of(),
                                "validFrom",
                                from.toString(),
                                "validUntil",
                                from.plus(20, ChronoUnit.DAYS).toString()),
                        chairCaller())
                .get("permitId")
                .asText();
        MimeMessage approved = awaitMail(applicant, 2).get(1);
        assertThat(approved.getSubject()).isEqualTo("[Registro] La richiesta " + request + " è approvata");
        assertThat(body(approved)).contains(permit).contains("http://ledger.test/permits/" + permit);
        assertThat(awaitMail(team, 1).get(0).getSubject()).isEqualTo("[Ledger] Request " + request + " is approved");
        // the resubmission opened a new review round: the panel was told again
        assertThat(awaitMail(reviewer1, 2).get(1).getSubject()).isEqualTo("[Ledger] You review request " + request);

        // a consent withdrawal now waits for the permit holder
        withdrawal(node, dataset);
        MimeMessage notice = awaitMail(applicant, 3).get(2);
        assertThat(notice.getSubject()).isEqualTo("[Registro] Una revoca del consenso riguarda il permesso " + permit);
        assertThat(body(notice)).contains("http://ledger.test/notices");

        // the permit ends within 30 days: its members are told, once however often the job runs
        reminders.remind(Instant.now());
        reminders.remind(Instant.now());
        assertThat(awaitMail(applicant, 4).get(3).getSubject())
                .isEqualTo("[Registro] Il permesso " + permit + " termina il "
                        + from.plus(20, ChronoUnit.DAYS).toString().substring(0, 10));
        assertThat(awaitMail(team, 2).get(1).getSubject()).startsWith("[Ledger] Permit " + permit + " ends on ");

        // every sending is recorded, with its attempt
        List<Outbox.Sent> sent = outbox.messagesTo(Channel.MAIL, applicant, List.of(), 50);
        assertThat(sent).hasSize(4);
        assertThat(sent)
                .allMatch(s -> s.message().getStatus() == OutboxStatus.DELIVERED
                        && s.attempts().size() == 1
                        && s.attempts().get(0).isDelivered());
        Thread.sleep(300);
        assertThat(mailTo(applicant)).hasSize(4);
    }

    @Test
    void remindersOfMissingVotesAndOverdueRequestsGoOutOnce() throws Exception {
        String request = submitted();
        post(BASE + "/" + request + "/reviewers", Map.of("reviewers", List.of(reviewer1, reviewer2)), chairCaller());
        post(
                BASE + "/" + request + "/votes",
                Map.of("vote", "APPROVE", "comment", "ok"),
                as(reviewer1, Role.DAC_MEMBER));
        awaitMail(reviewer2, 1);
        Instant deadline = Instant.parse(
                get(BASE + "/" + request, as(Role.AUDITOR)).get("deadline").asText());

        // six days before the deadline: the missing vote is recalled, once
        reminders.remind(deadline.minus(Duration.ofDays(6)));
        reminders.remind(deadline.minus(Duration.ofDays(5)));
        MimeMessage reminder = awaitMail(reviewer2, 2).get(1);
        assertThat(reminder.getSubject())
                .isEqualTo("[Registro] Il tuo voto sulla richiesta " + request + " è atteso entro il "
                        + deadline.toString().substring(0, 10));
        assertThat(mailTo(reviewer1)).hasSize(1); // voted: only the assignment

        // past the deadline: the chair hears of it, once
        reminders.remind(deadline.plus(Duration.ofHours(1)));
        reminders.remind(deadline.plus(Duration.ofHours(2)));
        // (every DAC chair hears of every overdue request: other tests' requests may be overdue too)
        String subject = "[Ledger] Request " + request + " is overdue";
        await(
                "the chair is told",
                () -> mailTo(chair).stream().anyMatch(m -> subject(m).equals(subject)));
        Thread.sleep(300);
        assertThat(mailTo(chair).stream().filter(m -> subject(m).equals(subject)))
                .hasSize(1);
        assertThat(mailTo(reviewer2)).hasSize(2);
    }

    @Test
    void aKindTurnedOffIsNotSentAndUnknownKindsAreRefused() throws Exception {
        RequestPostProcessor me = as(reviewer1, Role.DAC_MEMBER);
        JsonNode settings = get("/api/v1/me/notifications", me);
        assertThat(settings.get("email").asText()).isEqualTo(reviewer1 + "@mail.test");
        assertThat(settings.get("mailEnabled").asBoolean()).isTrue();
        assertThat(settings.at("/kinds/panel_assignment").asBoolean()).isTrue();

        call(HttpMethod.PUT, "/api/v1/me/notifications", Map.of("kinds", List.of("decision", "gossip")), me)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "kinds[1]", "unknown_mail_kind"));
        JsonNode changed = call(
                        HttpMethod.PUT, "/api/v1/me/notifications", Map.of("kinds", List.of("vote_reminder")), me)
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(t -> {
                    try {
                        return json.readTree(t);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        assertThat(changed.at("/kinds/panel_assignment").asBoolean()).isFalse();
        assertThat(changed.at("/kinds/vote_reminder").asBoolean()).isTrue();

        String request = submitted();
        post(BASE + "/" + request + "/reviewers", Map.of("reviewers", List.of(reviewer1, reviewer2)), chairCaller());
        awaitMail(reviewer2, 1);
        Thread.sleep(300);
        assertThat(mailTo(reviewer1)).isEmpty();
    }

    @Test
    void aDisabledEndpointIsAnnouncedToTheAdmins() throws Exception {
        String admin = person("greta", Role.GOVERNANCE_ADMIN, "en");
        TestNode other = registerNode("NL");
        String endpoint = registerEndpoint(other, "http://127.0.0.1:9/never", List.of("permit.revoked"))
                .at("/endpoint/id")
                .asText();
        webhooks.disableAfterFailure(endpoint, "every attempt failed");
        MimeMessage told = awaitMail(admin, 1).get(0);
        assertThat(told.getSubject()).isEqualTo("[Ledger] Webhook endpoint of " + other.id() + " disabled");
        assertThat(body(told)).contains("every attempt failed").contains("http://ledger.test/webhooks/" + endpoint);
    }

    private RequestPostProcessor researcher() {
        return as(applicant, Role.RESEARCHER);
    }

    private RequestPostProcessor chairCaller() {
        return as(chair, Role.DAC_CHAIR, Role.DAC_MEMBER);
    }

    private String submitted() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> content = new HashMap<>();
        content.put("title", "Nodule detection");
        content.put("datasets", List.of(dataset));
        content.put(
                "purpose",
                Map.of("codes", List.of("HMB"), "commercial", false, "forProfit", false, "methodsDevelopment", true));
        content.put("summary", "Federated training of a detector.");
        content.put("operations", List.of("FEDERATED_TRAINING"));
        content.put("periodFrom", from.toString());
        content.put("periodUntil", from.plus(300, ChronoUnit.DAYS).toString());
        content.put("team", List.of(team));
        String id = post(BASE, content, researcher()).get("id").asText();
        post(BASE + "/" + id + "/submit", null, researcher());
        return id;
    }

    /** The messages GreenMail received for the person, oldest first, once there are at least n. */
    private List<MimeMessage> awaitMail(String subject, int n) throws Exception {
        await(n + " e-mail(s) to " + subject, () -> mailTo(subject).size() >= n);
        return mailTo(subject);
    }

    private static List<MimeMessage> mailTo(String subject) {
        List<MimeMessage> found = new ArrayList<>();
        try {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                for (jakarta.mail.Address a : m.getRecipients(Message.RecipientType.TO)) {
                    if (((InternetAddress) a).getAddress().equals(subject + "@mail.test")) {
                        found.add(m);
                    }
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
