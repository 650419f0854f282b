package org.imagingledger.application.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ledger.mail.*: the sender address; how often the reminders are looked for; how long before a
 * deadline a missing vote is recalled and how long before its end a permit is announced. The
 * SMTP server, its credentials and TLS are Spring's {@code spring.mail.*}; without
 * {@code spring.mail.host} the ledger sends (and queues) no e-mail.
 */
@ConfigurationProperties("ledger.mail")
public record MailProperties(
        String from, Duration reminderCheck, Duration voteReminderBefore, Duration permitEndingWithin) {

    public MailProperties {
        from = from == null || from.isBlank() ? "Imaging governance ledger <ledger@localhost>" : from;
        reminderCheck = reminderCheck == null ? Duration.ofHours(1) : reminderCheck;
        voteReminderBefore = voteReminderBefore == null ? Duration.ofDays(7) : voteReminderBefore;
        permitEndingWithin = permitEndingWithin == null ? Duration.ofDays(30) : permitEndingWithin;
    }
}
