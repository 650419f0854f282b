package org.imagingledger.application.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingledger.application.outbox.Channel;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.people.People;
import org.imagingledger.application.people.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Queues e-mails to people in the outbox: one message per person, only when mail is configured,
 * the person has an address and has not turned the kind off. The text is written when sent, in
 * the person's language at that moment, from the kind, its arguments and the link to the page.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

    private final Outbox outbox;
    private final People people;
    private final ObjectProvider<JavaMailSender> sender;
    private final ObjectMapper json;

    Mailer(Outbox outbox, People people, ObjectProvider<JavaMailSender> sender, ObjectMapper json) {
        this.outbox = outbox;
        this.people = people;
        this.sender = sender;
        this.json = json;
    }

    /**
     * What a message says: its kind, a variant of its wording (e.g. approved or rejected; null for
     * none), the arguments of its sentences and the ledger page it links to.
     */
    public record Mail(MailKind kind, String variant, List<String> args, String path) {

        public Mail(MailKind kind, List<String> args, String path) {
            this(kind, null, args, path);
        }

        /** The message keys' stem: mail.{kind}[.{variant}].subject and .body. */
        String key() {
            return variant == null ? kind.wire() : kind.wire() + "." + variant;
        }
    }

    /** True when the ledger has an SMTP server to send through. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Queues the mail to the person in the current transaction; false when it is not to be sent. */
    public boolean queue(String subject, Mail mail, String reference, String eventId, Instant occurredAt) {
        if (!wanted(subject, mail.kind())) {
            return false;
        }
        outbox.enqueue(envelope(subject, mail, reference, eventId, occurredAt));
        return true;
    }

    /** Queues it once for this key (reminders): two runs, or two instances, send it once. */
    public boolean queueOnce(String dedupeKey, String subject, Mail mail, String reference, Instant occurredAt) {
        if (!wanted(subject, mail.kind())) {
            return false;
        }
        return outbox.enqueueOnce(dedupeKey, envelope(subject, mail, reference, null, occurredAt));
    }

    private boolean wanted(String subject, MailKind kind) {
        if (!enabled()) {
            return false;
        }
        Optional<Person> person = people.find(subject);
        return person.isPresent()
                && person.get().getEmail() != null
                && person.get().wantsMail(kind.wire());
    }

    private Outbox.Envelope envelope(String subject, Mail mail, String reference, String eventId, Instant occurredAt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", mail.kind().wire());
        payload.put("key", mail.key());
        payload.put("args", mail.args());
        payload.put("path", mail.path());
        try {
            return new Outbox.Envelope(
                    Channel.MAIL,
                    subject,
                    mail.kind().wire(),
                    eventId,
                    reference,
                    json.writeValueAsString(payload),
                    occurredAt,
                    false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
