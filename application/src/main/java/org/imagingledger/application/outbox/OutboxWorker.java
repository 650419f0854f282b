package org.imagingledger.application.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. It claims due messages in a short transaction with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 alike), marking each with this
 * instance and a lease; delivers them outside any transaction, a few at a time; and records each
 * attempt with the message's next step. Several instances share the work without sending a
 * message twice; a message whose instance stopped mid-delivery is taken over once its lease ends,
 * and that lost attempt is recorded as such. Woken by commits that queued messages, and looks
 * every {@code ledger.outbox.poll-interval} anyway (for retries that fall due).
 */
@Component
public class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxMessageRepository messages;
    private final OutboxAttemptRepository attempts;
    private final Map<Channel, Courier> couriers = new EnumMap<>(Channel.class);
    private final OutboxProperties properties;
    private final OutboxSignal signal;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String instance;
    private final Semaphore slots;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The messages this instance is delivering now: never claimed again by itself, even past their lease. */
    private final Set<String> delivering = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private Thread loop;
    private ExecutorService pool;

    OutboxWorker(
            OutboxMessageRepository messages,
            OutboxAttemptRepository attempts,
            List<Courier> couriers,
            OutboxProperties properties,
            OutboxSignal signal,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            MeterRegistry meters,
            Outbox outbox) {
        this.messages = messages;
        this.attempts = attempts;
        couriers.forEach(c -> this.couriers.put(c.channel(), c));
        this.properties = properties;
        this.signal = signal;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.meters = meters;
        this.instance = instanceName();
        this.slots = new Semaphore(properties.concurrency());
        Gauge.builder("ledger.outbox.waiting", outbox, Outbox::waiting)
                .description("messages waiting to be delivered (pending or held)")
                .register(meters);
        Gauge.builder("ledger.outbox.in_flight", inFlight, AtomicInteger::get)
                .description("messages being delivered by this instance now")
                .register(meters);
    }

    /** This instance's name in claims and attempts: host, process id and a random suffix. */
    public String instance() {
        return instance;
    }

    @Override
    public void start() {
        if (!properties.worker()) {
            log.info("outbox worker off on this instance (ledger.outbox.worker=false)");
            return;
        }
        running = true;
        AtomicInteger threads = new AtomicInteger();
        pool = Executors.newFixedThreadPool(properties.concurrency(), r -> {
            Thread t = new Thread(r, "outbox-delivery-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        loop = new Thread(this::run, "outbox-worker");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        signal.wake();
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (dispatch() == 0) {
                    signal.await(properties.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox worker: {}", e.toString());
                try {
                    signal.await(properties.pollInterval());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims as many due messages as there are free delivery slots and hands them out. */
    private int dispatch() {
        int free = slots.availablePermits();
        if (free == 0) {
            return 0;
        }
        List<OutboxMessage> claimed = claim(free);
        for (OutboxMessage message : claimed) {
            slots.acquireUninterruptibly();
            inFlight.incrementAndGet();
            pool.execute(() -> {
                try {
                    attempt(message);
                } catch (RuntimeException e) {
                    log.warn("outbox message {}: {}", message.getId(), e.toString());
                } finally {
                    inFlight.decrementAndGet();
                    slots.release();
                    signal.wake();
                }
            });
        }
        return claimed.size();
    }

    /**
     * Delivers every message due now on the calling thread, until none is due; returns how many
     * attempts it made. For tests and benchmarks that want to see the outcome before going on.
     */
    public int deliverDueNow() {
        int made = 0;
        List<OutboxMessage> claimed;
        while (!(claimed = claim(properties.concurrency())).isEmpty()) {
            for (OutboxMessage message : claimed) {
                attempt(message);
                made++;
            }
        }
        return made;
    }

    private List<OutboxMessage> claim(int max) {
        Instant now = clock.instant();
        Instant until = now.plus(properties.lease());
        // only the channels this instance can deliver (one without an SMTP server leaves e-mail to others)
        String channels = couriers.values().stream()
                .filter(Courier::available)
                .map(c -> "'" + c.channel().name() + "'")
                .collect(java.util.stream.Collectors.joining(","));
        if (channels.isEmpty()) {
            return List.of();
        }
        List<OutboxMessage> claimed = transaction.execute(s -> {
            List<String> ids = jdbc.queryForList(
                    "SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?"
                            + " AND channel IN (" + channels + ")"
                            + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at"
                            + " FETCH FIRST " + max + " ROWS ONLY FOR UPDATE SKIP LOCKED",
                    String.class,
                    utc(now),
                    utc(now));
            List<OutboxMessage> found = new ArrayList<>(messages.findAllById(
                    ids.stream().filter(id -> !delivering.contains(id)).toList()));
            for (OutboxMessage m : found) {
                if (m.getClaimedBy() != null) {
                    // its instance stopped (or stalled past its lease) before recording a result
                    m.counted();
                    attempts.save(new OutboxAttempt(
                            UUID.randomUUID().toString(),
                            m.getId(),
                            m.getAttempts(),
                            now,
                            0,
                            null,
                            false,
                            "no result recorded: instance " + m.getClaimedBy()
                                    + " stopped or stalled during delivery; taken over after its claim ran out",
                            null,
                            instance));
                }
                m.claim(instance, until);
                delivering.add(m.getId());
            }
            return found;
        });
        return claimed == null ? List.of() : claimed;
    }

    private void attempt(OutboxMessage message) {
        try {
            attemptOnce(message);
        } finally {
            delivering.remove(message.getId());
        }
    }

    private void attemptOnce(OutboxMessage message) {
        Courier courier = couriers.get(message.getChannel());
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Delivery delivery;
        if (courier == null) {
            delivery = Delivery.failed("no courier for channel " + message.getChannel() + " on this instance");
        } else {
            try {
                delivery = courier.deliver(message, message.getAttempts() + 1);
            } catch (RuntimeException e) {
                delivery = Delivery.failed(e.toString());
            }
        }
        long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        Delivery outcome = delivery;
        OutboxMessage after = transaction.execute(s -> record(message.getId(), started, latencyMs, outcome));
        Counter.builder("ledger.outbox.attempts")
                .tag("channel", message.getChannel().name().toLowerCase())
                .tag("outcome", outcome.outcome().name().toLowerCase())
                .register(meters)
                .increment();
        if (after == null || courier == null) {
            return;
        }
        if (after.getStatus() == OutboxStatus.DELIVERED) {
            Timer.builder("ledger.outbox.delivery.delay")
                    .description("from the event to its delivery (webhook accepted, mail handed to the server)")
                    .tag("channel", message.getChannel().name().toLowerCase())
                    .tag("type", message.getEventType())
                    .register(meters)
                    .record(Duration.between(message.getOccurredAt(), after.getDeliveredAt()));
            courier.delivered(after);
        } else if (after.getStatus() == OutboxStatus.FAILED) {
            courier.gaveUp(after, outcome);
        }
    }

    private OutboxMessage record(String id, Instant started, long latencyMs, Delivery d) {
        OutboxMessage m = messages.findById(id).orElse(null);
        if (m == null) {
            return null;
        }
        boolean mine = instance.equals(m.getClaimedBy());
        m.counted();
        boolean delivered = d.outcome() == Delivery.Outcome.DELIVERED;
        attempts.save(new OutboxAttempt(
                UUID.randomUUID().toString(),
                id,
                m.getAttempts(),
                started,
                latencyMs,
                d.statusCode(),
                delivered,
                d.error(),
                d.responseExcerpt(),
                instance));
        if (!mine && !delivered) {
            return null; // another instance took the message over; its attempt decides what comes next
        }
        if (m.getStatus() != OutboxStatus.PENDING) {
            return null; // cancelled or redelivered by hand meanwhile
        }
        Instant now = clock.instant();
        switch (d.outcome()) {
            case DELIVERED -> m.delivered(now);
            case CANCELLED -> m.cancelled(d.error());
            case GONE -> m.failed(d.error(), null);
            case FAILED -> m.failed(d.error(), next(m, d, now));
        }
        return m;
    }

    /** The next attempt's time, or null when the schedule is used up. */
    private Instant next(OutboxMessage m, Delivery d, Instant now) {
        int made = m.attemptsInRound();
        List<Duration> schedule = properties.retrySchedule();
        if (made > schedule.size()) {
            return null;
        }
        Duration wait = schedule.get(made - 1);
        long jitter = (long) (wait.toMillis() * 0.1);
        wait = wait.plusMillis(jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
        if (d.retryAfter() != null && d.retryAfter().compareTo(wait) > 0) {
            wait = d.retryAfter();
        }
        return now.plus(wait);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "host";
        }
        String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
        String name = host + ":" + pid + ":" + UUID.randomUUID().toString().substring(0, 6);
        return name.length() > 64 ? name.substring(name.length() - 64) : name;
    }
}
