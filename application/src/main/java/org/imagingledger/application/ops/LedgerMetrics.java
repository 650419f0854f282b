package org.imagingledger.application.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.consent.ConsentQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ledger's own metrics, published by Micrometer (at /actuator/prometheus for the metrics
 * role):
 *
 * <ul>
 *   <li>{@code ledger_decisions_total{result,engine,reason}}: recorded decisions, by result
 *       (allow, deny), engine and first reason code;
 *   <li>{@code ledger_decision_latency_seconds}: histogram of the time from question to
 *       answer, recording included (one observation per call; a batch is one call);
 *   <li>{@code ledger_commands_total{result="accepted",command}}: commands committed, by type;
 *       {@code ledger_commands_total{result="refused",code}}: refusals answered by the API and
 *       pages, by code;
 *   <li>{@code ledger_withdrawal_notices_pending} and
 *       {@code ledger_withdrawal_notices_oldest_pending_age_seconds};
 *   <li>{@code ledger_access_requests_overdue};
 *   <li>{@code ledger_audit_verification_findings} (the last verification, from the database)
 *       and {@code ledger_audit_checkpoint_age_seconds} (time since the last signed checkpoint).
 * </ul>
 *
 * The gauges read the shared database when scraped, so every instance reports the same values.
 */
@Component
public class LedgerMetrics {

    private static final Logger log = LoggerFactory.getLogger(LedgerMetrics.class);

    private final MeterRegistry registry;
    private final Timer decisionLatency;

    LedgerMetrics(
            MeterRegistry registry, CommandBus commandBus, ConsentQueries consents, AccessQueries access, Clock clock) {
        this.registry = registry;
        this.decisionLatency = Timer.builder("ledger.decision.latency")
                .description("Time from a node's question to the recorded answer")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        commandBus.registerHandlerInterceptor(acceptedCommands());
        gauge(
                "ledger.withdrawal.notices.pending",
                "Withdrawal notices not yet acknowledged",
                () -> consents.pendingNotices(clock.instant()).size());
        gauge(
                "ledger.withdrawal.notices.oldest.pending.age",
                "Age in seconds of the oldest withdrawal notice not yet acknowledged (0 when none)",
                "seconds",
                () -> consents.pendingNotices(clock.instant()).stream()
                        .mapToLong(n -> n.age().toSeconds())
                        .max()
                        .orElse(0));
        gauge(
                "ledger.access.requests.overdue",
                "Access requests past their statutory deadline",
                () -> access.overdueCount(clock.instant()));
    }

    /** A gauge read from the database when scraped; a failed read shows as NaN and a warning. */
    public void gauge(String name, String description, Supplier<Number> value) {
        gauge(name, description, null, value);
    }

    private void gauge(String name, String description, String baseUnit, Supplier<Number> value) {
        Gauge.builder(name, () -> {
                    try {
                        return value.get().doubleValue();
                    } catch (RuntimeException e) {
                        log.warn("metric {} could not be read: {}", name, e.getMessage());
                        return Double.NaN;
                    }
                })
                .description(description)
                .baseUnit(baseUnit)
                .register(registry);
    }

    /** Age of the last checkpoint, in seconds (NaN before the first). */
    public void checkpointAge(Supplier<Optional<Instant>> lastCheckpoint, Clock clock) {
        gauge(
                "ledger.audit.checkpoint.age",
                "Seconds since the last signed checkpoint of the log",
                "seconds",
                () -> lastCheckpoint
                        .get()
                        .map(t -> (Number) (Duration.between(t, clock.instant()).toMillis() / 1000.0))
                        .orElse(Double.NaN));
    }

    public void decided(boolean allow, String engine, List<String> reasons) {
        Counter.builder("ledger.decisions")
                .description("Recorded policy decisions by result, engine and first reason code")
                .tag("result", allow ? "allow" : "deny")
                .tag("engine", engine)
                .tag("reason", reasons.isEmpty() ? "none" : reasons.get(0))
                .register(registry)
                .increment();
    }

    public void decisionTook(Duration took) {
        decisionLatency.record(took);
    }

    /** A refusal answered to a caller, by its code (counted where it is answered: the API and the pages). */
    public void refused(String code) {
        Counter.builder("ledger.commands")
                .description("Commands accepted (by type) and refused (by code)")
                .tag("result", "refused")
                .tag("code", code)
                .tag("command", "")
                .register(registry)
                .increment();
    }

    private MessageHandlerInterceptor<CommandMessage<?>> acceptedCommands() {
        return (unitOfWork, chain) -> {
            String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
            unitOfWork.afterCommit(u -> Counter.builder("ledger.commands")
                    .description("Commands accepted (by type) and refused (by code)")
                    .tag("result", "accepted")
                    .tag("code", "")
                    .tag("command", command)
                    .register(registry)
                    .increment());
            return chain.proceed();
        };
    }
}
