package org.imagingledger.projections.consent;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.consent.api.ConsentRecorded;
import org.imagingledger.domain.consent.api.ConsentScopeChanged;
import org.imagingledger.domain.consent.api.ConsentWithdrawn;
import org.imagingledger.domain.consent.api.WithdrawalNoticeAcknowledged;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("consent")
class ConsentProjection {

    private final ConsentViewRepository consents;
    private final WithdrawalNoticeViewRepository notices;

    ConsentProjection(ConsentViewRepository consents, WithdrawalNoticeViewRepository notices) {
        this.consents = consents;
        this.notices = notices;
    }

    @EventHandler
    void on(ConsentRecorded event) {
        consents.save(new ConsentView(event));
    }

    @EventHandler
    void on(ConsentScopeChanged event) {
        consents.findById(event.consentId()).ifPresent(c -> c.change(event));
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        consents.findById(event.consentId()).ifPresent(c -> c.withdraw(event.at()));
    }

    @EventHandler
    void on(WithdrawalNoticeIssued event) {
        notices.save(new WithdrawalNoticeView(event));
    }

    @EventHandler
    void on(WithdrawalNoticeAcknowledged event) {
        notices.findById(event.noticeId()).ifPresent(n -> n.acknowledge(event.actor(), event.at()));
    }
}
