package org.imagingledger.application.config;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.imagingledger.domain.access.AccessRequests;
import org.imagingledger.domain.audit.AuditRecords;
import org.imagingledger.domain.catalogue.Catalogue;
import org.imagingledger.domain.consent.Consents;
import org.imagingledger.domain.dac.DeputyChairs;
import org.imagingledger.domain.permit.Permits;
import org.imagingledger.domain.policy.Policies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** Every aggregate type of the domain; each feature lists its own. */
    static List<Class<?>> aggregateTypes() {
        List<Class<?>> types = new java.util.ArrayList<>();
        types.addAll(Catalogue.aggregateTypes());
        types.addAll(AccessRequests.aggregateTypes());
        types.addAll(Permits.aggregateTypes());
        types.addAll(Consents.aggregateTypes());
        types.addAll(Policies.aggregateTypes());
        types.addAll(AuditRecords.aggregateTypes());
        types.addAll(DeputyChairs.aggregateTypes());
        return types;
    }

    /**
     * Views are updated by subscribing processors in the command's own transaction, and a
     * failing view handler fails the command: an accepted command always shows in the views,
     * and a view never shows what was not stored.
     *
     * <p>Aggregates are not cached between commands: several ledger instances share one
     * database, and a copy kept by one instance would miss what another appended. Every command
     * reads its aggregate's events from the store (the store's unique (aggregate, sequence) key
     * still refuses a stale append, see {@link ConflictRetry}).
     */
    @Bean
    ConfigurerModule ledgerAxonModule() {
        return configurer -> {
            aggregateTypes()
                    .forEach(type -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(type)));
            configurer.eventProcessing(processing -> processing
                    .usingSubscribingEventProcessors()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
        };
    }

    /** The gateway every service sends through: commands that lost a race are sent again (a few times). */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, @Value("${ledger.commands.conflict-retries:5}") int retries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetry(retries))
                .build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
