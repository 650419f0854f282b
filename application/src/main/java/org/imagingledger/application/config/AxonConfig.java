package org.imagingledger.application.config;

import java.time.Clock;
import java.util.List;
import org.axonframework.common.caching.WeakReferenceCache;
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
     */
    @Bean
    ConfigurerModule ledgerAxonModule() {
        return configurer -> {
            aggregateTypes().forEach(type -> configurer.configureAggregate(cached(type)));
            configurer.eventProcessing(processing -> processing
                    .usingSubscribingEventProcessors()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
        };
    }

    /**
     * Aggregates stay in memory between commands, so that a long stream (a permit with years of
     * data-use reports) is not read again for every command. A command that fails to commit,
     * for instance because another instance appended first, drops the cached copy.
     */
    private static <T> AggregateConfigurer<T> cached(Class<T> type) {
        return AggregateConfigurer.defaultConfiguration(type).configureCache(c -> new WeakReferenceCache());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
