package org.imagingledger.projections.permit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.permit.api.DataUseFlagged;
import org.imagingledger.domain.permit.api.DataUseReported;
import org.imagingledger.domain.permit.api.PermitExpired;
import org.imagingledger.domain.permit.api.PermitExtended;
import org.imagingledger.domain.permit.api.PermitIssued;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.imagingledger.domain.permit.api.PermitRevoked;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.domain.permit.api.PermitSuspended;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("permits")
class PermitProjection {

    private final PermitViewRepository permits;
    private final DataUseViewRepository uses;

    PermitProjection(PermitViewRepository permits, DataUseViewRepository uses) {
        this.permits = permits;
        this.uses = uses;
    }

    @EventHandler
    void on(PermitIssued event) {
        permits.save(new PermitView(event));
    }

    @EventHandler
    void on(PermitSuspended event) {
        permits.findById(event.permitId()).ifPresent(p -> p.change(PermitStatus.SUSPENDED, event.reason(), event.at()));
    }

    @EventHandler
    void on(PermitReinstated event) {
        permits.findById(event.permitId()).ifPresent(p -> p.change(PermitStatus.ACTIVE, null, event.at()));
    }

    @EventHandler
    void on(PermitExtended event) {
        permits.findById(event.permitId()).ifPresent(p -> p.extend(event.validUntil(), event.reason(), event.at()));
    }

    @EventHandler
    void on(PermitRevoked event) {
        permits.findById(event.permitId()).ifPresent(p -> p.change(PermitStatus.REVOKED, event.reason(), event.at()));
    }

    @EventHandler
    void on(PermitExpired event) {
        permits.findById(event.permitId()).ifPresent(p -> p.change(PermitStatus.EXPIRED, null, event.at()));
    }

    @EventHandler
    void on(DataUseReported event) {
        uses.save(new DataUseView(event));
        permits.findById(event.permitId()).ifPresent(PermitView::countUse);
    }

    @EventHandler
    void on(DataUseFlagged event) {
        uses.findById(event.useId()).ifPresent(u -> u.flag(event.reasons()));
        permits.findById(event.permitId()).ifPresent(PermitView::countFlagged);
    }
}
