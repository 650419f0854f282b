package org.imagingledger.projections.dac;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.dac.api.DeputyChairGranted;
import org.imagingledger.domain.dac.api.DeputyChairRevoked;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("dac")
class DacProjection {

    private final DeputyViewRepository deputies;

    DacProjection(DeputyViewRepository deputies) {
        this.deputies = deputies;
    }

    @EventHandler
    void on(DeputyChairGranted event) {
        deputies.save(new DeputyView(event.person(), event.actor(), event.at()));
    }

    @EventHandler
    void on(DeputyChairRevoked event) {
        deputies.deleteById(event.person());
    }
}
