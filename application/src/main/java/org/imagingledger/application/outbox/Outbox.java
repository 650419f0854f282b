package org.imagingledger.application.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable outbox: messages are queued in the caller's transaction (an event handler runs in
 * the command's own), so a message exists exactly when its event does; the worker sends them.
 */
@Service
public class Outbox {

    /** The largest message body kept (and sent): 64 KiB; the ledger's messages are far smaller. */
    public static final int MAX_PAYLOAD = 65_536;

    private final OutboxMessageRepository messages;
    private final OutboxAttemptRepository attempts;
    private final OutboxSignal signal;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Outbox(
            OutboxMessageRepository messages,
            OutboxAttemptRepository attempts,
            OutboxSignal signal,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.messages = messages;
        this.attempts = attempts;
        this.signal = signal;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What to send, to whom, about what. */
    public record Envelope(
            Channel channel,
            String target,
            String eventType,
            String eventId,
            String reference,
            String payload,
            Instant occurredAt,
            boolean held) {}

    /** A message with its attempts, oldest first. */
    public record Sent(OutboxMessage message, List<OutboxAttempt> attempts) {}

    /** A new message id, also usable as a Standard Webhooks message id (no dots). */
    public static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Queues a message in the current transaction (or a new one); it leaves once that commits. */
    @Transactional
    public String enqueue(Envelope envelope) {
        return save(envelope, null);
    }

    /**
     * Queues a message only once for this key, in a transaction of its own: two instances (or two
     * runs of a reminder job) that both try are left with one message. True when this call queued it.
     */
    public boolean enqueueOnce(String dedupeKey, Envelope envelope) {
        if (messages.findByDedupeKey(dedupeKey).isPresent()) {
            return false;
        }
        try {
            ownTransaction.executeWithoutResult(s -> save(envelope, dedupeKey));
            return true;
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }

    private String save(Envelope e, String dedupeKey) {
        if (e.payload().length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a message body is limited to " + MAX_PAYLOAD + " characters");
        }
        String id = newId();
        messages.save(new OutboxMessage(
                id,
                e.channel(),
                e.target(),
                e.eventType(),
                e.eventId(),
                e.reference(),
                e.payload(),
                e.occurredAt(),
                clock.instant(),
                e.held(),
                dedupeKey));
        wakeAfterCommit();
        return id;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Sent> message(String id) {
        return messages.findById(id).map(m -> withAttempts(List.of(m)).get(0));
    }

    /** The latest messages to a target, newest first, each with its attempts; no statuses = all. */
    @Transactional(readOnly = true)
    public List<Sent> messagesTo(Channel channel, String target, Collection<OutboxStatus> statuses, int limit) {
        List<OutboxMessage> found = statuses == null || statuses.isEmpty()
                ? messages.findByChannelAndTargetOrderByCreatedAtDesc(channel.name(), target, PageRequest.of(0, limit))
                : messages.findByChannelAndTargetAndStatusInOrderByCreatedAtDesc(
                        channel.name(),
                        target,
                        statuses.stream().map(Enum::name).toList(),
                        PageRequest.of(0, limit));
        return withAttempts(found);
    }

    /** The latest messages of a channel, newest first. */
    @Transactional(readOnly = true)
    public List<Sent> latest(Channel channel, int limit) {
        return withAttempts(messages.findByChannelOrderByCreatedAtDesc(channel.name(), PageRequest.of(0, limit)));
    }

    /** Every message about these references (notices, permits), oldest first, with attempts. */
    @Transactional(readOnly = true)
    public List<Sent> about(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return withAttempts(messages.findByReferenceInOrderByCreatedAt(references));
    }

    /** Sends the message again now, with a fresh retry schedule (held while its endpoint is disabled). */
    @Transactional
    public void redeliver(String id, boolean held) {
        messages.findById(id).ifPresent(m -> m.redeliver(clock.instant(), held));
        wakeAfterCommit();
    }

    /** Keeps the target's waiting messages back (a disabled endpoint). */
    @Transactional
    public int hold(Channel channel, String target) {
        return messages.hold(channel.name(), target);
    }

    /** Lets the target's held messages go, now. */
    @Transactional
    public int release(Channel channel, String target) {
        int released = messages.release(channel.name(), target, clock.instant());
        wakeAfterCommit();
        return released;
    }

    /** Drops the target's waiting messages (a deleted endpoint). */
    @Transactional
    public int cancel(Channel channel, String target, String why) {
        return messages.cancel(channel.name(), target, why);
    }

    @Transactional(readOnly = true)
    public long waiting() {
        return messages.countByStatus(OutboxStatus.PENDING.name()) + messages.countByStatus(OutboxStatus.HELD.name());
    }

    private List<Sent> withAttempts(List<OutboxMessage> found) {
        Map<String, List<OutboxAttempt>> byMessage = new LinkedHashMap<>();
        found.forEach(m -> byMessage.put(m.getId(), new ArrayList<>()));
        if (!found.isEmpty()) {
            attempts.findByMessageIdInOrderByMessageIdAscNumberAsc(byMessage.keySet())
                    .forEach(a -> byMessage.get(a.getMessageId()).add(a));
        }
        return found.stream()
                .map(m -> new Sent(m, List.copyOf(byMessage.get(m.getId()))))
                .toList();
    }

    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
