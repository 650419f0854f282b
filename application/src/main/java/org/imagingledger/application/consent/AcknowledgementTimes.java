package org.imagingledger.application.consent;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.application.webhook.NoticeDeliveries;
import org.imagingledger.domain.consent.api.WithdrawalNoticeAcknowledged;
import org.imagingledger.projections.consent.ConsentQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The time from a withdrawal notice to its acknowledgement, as the metric
 * {@code ledger.withdrawal.acknowledgement} (a timer; tags: {@code recipient} node or permit,
 * {@code pushed} whether a webhook had delivered the notice before it was acknowledged),
 * recorded once the acknowledgement is committed.
 */
@Component
@ProcessingGroup("metrics")
class AcknowledgementTimes {

    private final ConsentQueries consents;
    private final NoticeDeliveries deliveries;
    private final MeterRegistry meters;

    AcknowledgementTimes(ConsentQueries consents, NoticeDeliveries deliveries, MeterRegistry meters) {
        this.consents = consents;
        this.deliveries = deliveries;
        this.meters = meters;
    }

    @EventHandler
    void on(WithdrawalNoticeAcknowledged e) {
        consents.notice(e.noticeId()).ifPresent(notice -> {
            Duration waited = Duration.between(notice.getIssuedAt(), e.at());
            boolean pushed = deliveries
                    .firstDelivered(e.noticeId())
                    .map(at -> !at.isAfter(e.at()))
                    .orElse(false);
            Timer timer = Timer.builder("ledger.withdrawal.acknowledgement")
                    .description("from a consent-withdrawal notice to its acknowledgement")
                    .tag("recipient", notice.getRecipientKind().name().toLowerCase())
                    .tag("pushed", Boolean.toString(pushed))
                    .publishPercentileHistogram()
                    .register(meters);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        timer.record(waited);
                    }
                });
            } else {
                timer.record(waited);
            }
        });
    }
}
