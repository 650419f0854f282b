package org.imagingledger.application.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imagingledger.application.outbox.Channel;
import org.imagingledger.application.outbox.Courier;
import org.imagingledger.application.outbox.Delivery;
import org.imagingledger.application.outbox.OutboxMessage;
import org.imagingledger.application.people.People;
import org.imagingledger.application.people.Person;
import org.imagingledger.application.shared.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends queued e-mails through the configured SMTP server: plain text in the person's language
 * (English when none is set), with the link to the page and, at the foot, the link to turn the
 * kind off. A person who has since lost their address, left the directory or turned the kind off
 * gets nothing (the message is cancelled).
 */
@Component
class MailCourier implements Courier {

    private final ObjectProvider<JavaMailSender> sender;
    private final People people;
    private final MessageSource messages;
    private final MailProperties properties;
    private final PublicUrl url;
    private final ObjectMapper json;

    MailCourier(
            ObjectProvider<JavaMailSender> sender,
            People people,
            MessageSource messages,
            MailProperties properties,
            PublicUrl url,
            ObjectMapper json) {
        this.sender = sender;
        this.people = people;
        this.messages = messages;
        this.properties = properties;
        this.url = url;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    /** The subject and text of a mail to a person, as it is sent. */
    record Rendered(String subject, String text) {}

    @Override
    public Delivery deliver(OutboxMessage message, int attempt) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return Delivery.failed("no SMTP server configured (spring.mail.host)");
        }
        Optional<Person> found = people.find(message.getTarget());
        if (found.isEmpty() || found.get().getEmail() == null) {
            return Delivery.cancelled("no e-mail address for " + message.getTarget());
        }
        Person person = found.get();
        if (!person.wantsMail(message.getEventType())) {
            return Delivery.cancelled(person.getSubject() + " turned " + message.getEventType() + " e-mails off");
        }
        try {
            Rendered rendered = render(message.getPayload(), person);
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(person.getEmail());
            helper.setSubject(rendered.subject());
            helper.setText(rendered.text(), false);
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.setHeader("X-Ledger-Message-Id", message.getId());
            mail.send(mime);
            return Delivery.delivered(null, null);
        } catch (MailException | MessagingException | IOException e) {
            return Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    Rendered render(String payload, Person person) throws IOException {
        JsonNode node = json.readTree(payload);
        String kind = node.path("kind").asText();
        String key = node.path("key").asText(kind);
        List<String> args = new ArrayList<>();
        node.path("args").forEach(a -> args.add(a.isNull() ? "" : a.asText()));
        String link = url.of(node.path("path").asText("/"));
        Locale locale = person.getLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(person.getLocale());
        List<Object> withLink = new ArrayList<>(args);
        withLink.add(link);
        Object[] bodyArgs = withLink.toArray();
        String subject = messages.getMessage("mail." + key + ".subject", args.toArray(), locale);
        String text = messages.getMessage("mail.greeting", new Object[] {person.getDisplayName()}, locale)
                + "\n\n"
                + messages.getMessage("mail." + key + ".body", bodyArgs, locale)
                + "\n\n"
                + messages.getMessage("mail.link", new Object[] {link}, locale)
                + "\n\n-- \n"
                + messages.getMessage(
                        "mail.footer",
                        new Object[] {
                            messages.getMessage("mail.kind." + kind, null, locale), url.of("/settings/notifications")
                        },
                        locale);
        return new Rendered(subject, text);
    }
}
