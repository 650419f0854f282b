package org.imagingledger.application.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>A caller that stops waiting can withdraw its decisions only while the writer has not taken
 * them ({@link Ticket#withdraw()}); once taken, they are committed or fail as a whole, and the
 * caller must learn which before it answers, so that what a node was told is what the log says.
 */
@Component
public class DecisionRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionRecorder.class);

    private static final int WAITING = 0;
    private static final int TAKEN = 1;
    private static final int WITHDRAWN = 2;

    /** Decisions handed to the writer; completes when they are durable. */
    public static final class Ticket {
        private final List<DecisionRecorded> decisions;
        private final CompletableFuture<Void> stored = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(WAITING);

        private Ticket(List<DecisionRecorded> decisions) {
            this.decisions = decisions;
        }

        public CompletableFuture<Void> stored() {
            return stored;
        }

        /** True when the decisions will never be written: the writer had not taken them yet. */
        public boolean withdraw() {
            boolean withdrawn = state.compareAndSet(WAITING, WITHDRAWN);
            if (withdrawn) {
                stored.cancel(false);
            }
            return withdrawn;
        }

        private boolean take() {
            return state.compareAndSet(WAITING, TAKEN);
        }
    }

    private final BlockingQueue<Ticket> queue;
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
    public Ticket record(List<DecisionRecorded> decisions) {
        Ticket pending = new Ticket(decisions);
        if (!running) {
            pending.stored.completeExceptionally(new IllegalStateException("the decision recorder is stopped"));
        } else if (!queue.offer(pending)) {
            pending.stored.completeExceptionally(
                    new IllegalStateException("too many decisions waiting to be recorded"));
        }
        return pending;
    }

    private void writeLoop() {
        List<Ticket> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Ticket first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                batch.removeIf(ticket -> !ticket.take());
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Ticket> batch) {
        try {
            store(batch);
            batch.forEach(p -> p.stored.complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.error("a decision could not be recorded", e);
                batch.get(0).stored.completeExceptionally(e);
                return;
            }
            for (Ticket pending : batch) {
                write(List.of(pending));
            }
        }
    }

    private void store(List<Ticket> batch) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (Ticket pending : batch) {
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
