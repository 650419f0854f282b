package org.imagingledger.application.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imagingledger.domain.decision.Decisions;
import org.imagingledger.domain.decision.api.DecisionRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores decisions with group commit: one writer thread takes every decision waiting and stores
 * them in one transaction (events and decision log rows together), then releases the callers.
 * A caller is answered only after its decision is committed; a batch that fails is retried
 * one decision at a time so that one bad decision cannot cost the others their record.
 */
@Component
public class DecisionRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionRecorder.class);

    private record Pending(List<DecisionRecorded> decisions, CompletableFuture<Void> stored) {}

    private final BlockingQueue<Pending> queue;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final int maxBatch;
    private volatile Thread writer;
    private volatile boolean running;

    DecisionRecorder(
            EventStore eventStore,
            PlatformTransactionManager transactions,
            @Value("${ledger.decisions.max-batch:512}") int maxBatch,
            @Value("${ledger.decisions.max-waiting:20000}") int maxWaiting) {
        this.eventStore = eventStore;
        this.transaction = new TransactionTemplate(transactions);
        this.maxBatch = maxBatch;
        this.queue = new LinkedBlockingQueue<>(maxWaiting);
    }

    /** Completes when the decisions are durable; fails when they could not be stored. */
    public CompletableFuture<Void> record(List<DecisionRecorded> decisions) {
        Pending pending = new Pending(decisions, new CompletableFuture<>());
        if (!running) {
            pending.stored.completeExceptionally(new IllegalStateException("the decision recorder is stopped"));
        } else if (!queue.offer(pending)) {
            pending.stored.completeExceptionally(
                    new IllegalStateException("too many decisions waiting to be recorded"));
        }
        return pending.stored;
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            store(batch);
            batch.forEach(p -> p.stored.complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.error("a decision could not be recorded", e);
                batch.get(0).stored.completeExceptionally(e);
                return;
            }
            for (Pending pending : batch) {
                write(List.of(pending));
            }
        }
    }

    private void store(List<Pending> batch) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (Pending pending : batch) {
            for (DecisionRecorded decision : pending.decisions) {
                messages.add(
                        new GenericDomainEventMessage<>(Decisions.AGGREGATE_TYPE, decision.decisionId(), 0L, decision));
            }
        }
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::writeLoop, "decision-recorder");
        writer.setDaemon(false);
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = writer;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
