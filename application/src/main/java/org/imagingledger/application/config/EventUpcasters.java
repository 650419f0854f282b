package org.imagingledger.application.config;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Events whose shape grew: each older revision is read as the current one (Axon applies the
 * upcaster beans, in order, whenever events are read from the store).
 */
@Configuration(proxyBeanMethods = false)
class EventUpcasters {

    /** The chair's reason for an approval (revision 2); approvals stored before it have none. */
    @Bean
    @Order(0)
    EventUpcaster approvalReason() {
        return new AddedFieldUpcaster(AccessRequestApproved.class, null, "2", "reason");
    }

    /** The reason for lifting a suspension (revision 2); reinstatements stored before it have none. */
    @Bean
    @Order(1)
    EventUpcaster reinstatementReason() {
        return new AddedFieldUpcaster(PermitReinstated.class, null, "2", "reason");
    }
}
