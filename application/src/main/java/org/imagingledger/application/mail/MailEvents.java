package org.imagingledger.application.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.imagingledger.application.people.People;
import org.imagingledger.application.people.Person;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.webhook.WebhookEndpointDisabled;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.AccessRequestRejected;
import org.imagingledger.domain.access.api.AccessRequestReturnedForChanges;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.access.ReviewerView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the e-mails that events call for, in the command's transaction (a subscribing
 * processor): a panel assignment, a decision, a question to the applicant, a withdrawal notice
 * waiting for a permit holder. Reminders that come from the passing of time are {@link MailReminders}.
 */
@Component
@ProcessingGroup("mail")
class MailEvents {

    private final Mailer mailer;
    private final AccessQueries access;
    private final People people;
    private final java.time.Clock clock;

    MailEvents(Mailer mailer, AccessQueries access, People people, java.time.Clock clock) {
        this.mailer = mailer;
        this.access = access;
        this.people = people;
        this.clock = clock;
    }

    @EventHandler
    void on(ReviewersAssigned e, @MessageIdentifier String eventId) {
        String title = title(e.requestId());
        List<ReviewerView> before = access.request(e.requestId(), e.at())
                .map(AccessQueries.Detail::reviewers)
                .orElse(List.of());
        for (String reviewer : e.reviewers()) {
            boolean alreadyOnPanel = before.stream()
                    .anyMatch(r -> r.getReviewer().equals(reviewer)
                            && r.getAssignedAt().isBefore(e.at()));
            if (!alreadyOnPanel) {
                mailer.queue(
                        reviewer,
                        new Mailer.Mail(
                                MailKind.PANEL_ASSIGNMENT, List.of(e.requestId(), title), "/requests/" + e.requestId()),
                        e.requestId(),
                        eventId,
                        e.at());
            }
        }
    }

    @EventHandler
    void on(AccessRequestApproved e, @MessageIdentifier String eventId) {
        Set<String> to = new LinkedHashSet<>();
        to.add(e.applicant());
        to.addAll(e.members());
        String title = title(e.requestId());
        for (String person : to) {
            mailer.queue(
                    person,
                    new Mailer.Mail(
                            MailKind.DECISION,
                            "approved",
                            List.of(e.requestId(), title, e.permitId()),
                            "/permits/" + e.permitId()),
                    e.requestId(),
                    eventId,
                    e.at());
        }
    }

    @EventHandler
    void on(AccessRequestRejected e, @MessageIdentifier String eventId) {
        AccessRequestView request = access.summary(e.requestId()).orElse(null);
        if (request == null) {
            return;
        }
        Set<String> to = new LinkedHashSet<>();
        to.add(request.getApplicant());
        to.addAll(request.getTeam());
        for (String person : to) {
            mailer.queue(
                    person,
                    new Mailer.Mail(
                            MailKind.DECISION,
                            List.of(e.requestId(), nullToEmpty(request.getTitle()), "REJECTED", e.reason()),
                            "/requests/" + e.requestId()),
                    e.requestId(),
                    eventId,
                    e.at());
        }
    }

    @EventHandler
    void on(AccessRequestReturnedForChanges e, @MessageIdentifier String eventId) {
        access.summary(e.requestId())
                .ifPresent(request -> mailer.queue(
                        request.getApplicant(),
                        new Mailer.Mail(
                                MailKind.QUESTION,
                                List.of(e.requestId(), nullToEmpty(request.getTitle()), e.reason()),
                                "/requests/" + e.requestId()),
                        e.requestId(),
                        eventId,
                        e.at()));
    }

    @EventHandler
    void on(WithdrawalNoticeIssued e, @MessageIdentifier String eventId) {
        if (e.recipientKind() != RecipientKind.PERMIT) {
            return;
        }
        mailer.queue(
                e.addressee(),
                new Mailer.Mail(
                        MailKind.WITHDRAWAL_NOTICE,
                        List.of(e.recipientId(), String.join(", ", e.datasets())),
                        "/notices"),
                e.noticeId(),
                eventId,
                e.at());
    }

    /** Runs in the transaction that disabled the endpoint. */
    @EventListener
    void on(WebhookEndpointDisabled e) {
        Set<String> to = new LinkedHashSet<>();
        people.withRole(Role.GOVERNANCE_ADMIN).forEach(p -> to.add(p.getSubject()));
        if (e.nodeId() != null) {
            people.everyone().stream()
                    .filter(p -> e.nodeId().equals(p.getNodeId()))
                    .map(Person::getSubject)
                    .forEach(to::add);
        }
        for (String person : to) {
            mailer.queue(
                    person,
                    new Mailer.Mail(
                            MailKind.WEBHOOK_DISABLED,
                            List.of(e.subscriber(), e.url(), e.reason()),
                            "/webhooks/" + e.endpointId()),
                    e.endpointId(),
                    null,
                    clock.instant());
        }
    }

    private String title(String requestId) {
        return access.summary(requestId)
                .map(AccessRequestView::getTitle)
                .map(MailEvents::nullToEmpty)
                .orElse("");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
