package org.imagingledger.application.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Role;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.access.ReviewerView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The e-mails that the passing of time calls for, looked for every {@code ledger.mail.reminder-check}:
 * a vote still missing when the deadline is 7 days away, a request overdue (to every DAC chair),
 * a permit ending within 30 days (to its members). Each is queued once per person and deadline
 * (or end of validity), whichever instance looks first: an extended deadline or permit is told again.
 */
@Component
public class MailReminders {

    private static final Logger log = LoggerFactory.getLogger(MailReminders.class);

    private final Mailer mailer;
    private final AccessQueries access;
    private final PermitQueries permits;
    private final People people;
    private final MailProperties properties;
    private final Clock clock;

    MailReminders(
            Mailer mailer,
            AccessQueries access,
            PermitQueries permits,
            People people,
            MailProperties properties,
            Clock clock) {
        this.mailer = mailer;
        this.access = access;
        this.permits = permits;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ledger.mail.reminder-check:PT1H}",
            initialDelayString = "${ledger.mail.reminder-check:PT1H}")
    public void run() {
        if (mailer.enabled()) {
            int queued = remind(clock.instant());
            if (queued > 0) {
                log.info("queued {} reminder e-mail(s)", queued);
            }
        }
    }

    /** Every row of a paged query, read a page at a time. */
    private static <T> List<T> all(
            java.util.function.Function<
                            org.springframework.data.domain.Pageable, org.springframework.data.domain.Page<T>>
                    query) {
        List<T> rows = new java.util.ArrayList<>();
        org.springframework.data.domain.Page<T> page =
                query.apply(org.springframework.data.domain.PageRequest.of(0, 500));
        rows.addAll(page.getContent());
        while (page.hasNext()) {
            page = query.apply(page.nextPageable());
            rows.addAll(page.getContent());
        }
        return rows;
    }

    /** Queues the reminders due at this time; returns how many it queued (none twice). */
    public int remind(Instant now) {
        return votes(now) + overdue(now) + permitsEnding(now);
    }

    private int votes(Instant now) {
        int queued = 0;
        Instant horizon = now.plus(properties.voteReminderBefore());
        for (AccessRequestView request : all(access::open)) {
            if (!request.getStatus().isOpen()
                    || request.getDeadline() == null
                    || !request.getDeadline().isAfter(now)
                    || request.getDeadline().isAfter(horizon)) {
                continue;
            }
            List<ReviewerView> panel = access.request(request.getRequestId(), now)
                    .map(AccessQueries.Detail::reviewers)
                    .orElse(List.of());
            for (ReviewerView reviewer : panel) {
                if (reviewer.getVote() != null || reviewer.isConflict()) {
                    continue;
                }
                String key = "vote:" + request.getRequestId() + ":"
                        + request.getDeadline().getEpochSecond() + ":" + reviewer.getReviewer();
                if (mailer.queueOnce(
                        key,
                        reviewer.getReviewer(),
                        new Mailer.Mail(
                                MailKind.VOTE_REMINDER,
                                List.of(
                                        request.getRequestId(),
                                        nullToEmpty(request.getTitle()),
                                        request.getDeadline().toString().substring(0, 10)),
                                "/requests/" + request.getRequestId()),
                        request.getRequestId(),
                        now)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private int overdue(Instant now) {
        int queued = 0;
        List<String> chairs = people.withRole(Role.DAC_CHAIR).stream()
                .map(p -> p.getSubject())
                .toList();
        for (AccessRequestView request : all(page -> access.overdue(now, page))) {
            for (String chair : chairs) {
                String key = "overdue:" + request.getRequestId() + ":"
                        + request.getDeadline().getEpochSecond() + ":" + chair;
                if (mailer.queueOnce(
                        key,
                        chair,
                        new Mailer.Mail(
                                MailKind.REQUEST_OVERDUE,
                                List.of(
                                        request.getRequestId(),
                                        nullToEmpty(request.getTitle()),
                                        request.getDeadline().toString().substring(0, 10)),
                                "/requests/" + request.getRequestId()),
                        request.getRequestId(),
                        now)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private int permitsEnding(Instant now) {
        int queued = 0;
        for (PermitView permit : permits.expiringSoon(now, properties.permitEndingWithin())) {
            for (String member : permit.getMembers()) {
                String key = "ending:" + permit.getPermitId() + ":"
                        + permit.getValidUntil().getEpochSecond() + ":" + member;
                if (mailer.queueOnce(
                        key,
                        member,
                        new Mailer.Mail(
                                MailKind.PERMIT_ENDING,
                                List.of(
                                        permit.getPermitId(),
                                        permit.getValidUntil().toString().substring(0, 10)),
                                "/permits/" + permit.getPermitId()),
                        permit.getPermitId(),
                        now)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
