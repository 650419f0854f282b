package org.imagingledger.application.permit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.domain.permit.PermitIssuance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Permits are issued by an event handler of the domain (on AccessRequestApproved). It has no
 * processing group of its own, so it runs in the default, subscribing one: in the approval's
 * transaction, failing it when the permit cannot be issued.
 */
@Configuration(proxyBeanMethods = false)
class PermitConfig {

    @Bean
    PermitIssuance permitIssuance(CommandGateway commands) {
        return new PermitIssuance(commands);
    }
}
