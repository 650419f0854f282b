package org.imagingledger.application.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.imagingledger.application.shared.LedgerLocks;
import org.imagingledger.audit.integrity.MerkleTree;
import org.imagingledger.audit.integrity.StoredEvent;
import org.imagingledger.domain.audit.api.CheckpointRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Merkle tree of the whole log, in memory, grown as events are stored. The leaf records
 * ({@code audit_leaf}) are the tree's truth, shared by every instance: the tree is loaded from
 * them at first use, and each catch-up first takes the leaf-writer lock (see {@link LedgerLocks};
 * one instance at a time), appends the records other instances wrote since, then hashes the
 * events no instance has hashed yet and records them, in batches of 1,000 per transaction. The
 * tree in memory grows only by committed records, so it never differs from the table.
 *
 * <p>A gap in the global index (a transaction that took an index and has not committed, or
 * rolled back) stops the catch-up while the events after it are younger than ledger.audit.gap-wait (5 s), so
 * an event that commits late is not skipped.
 */
@Component
class LedgerTree {

    private static final int BATCH = 1000;
    private static final String LOCK = "ledger.audit_leaf";
    private static final String CHECKPOINT_TYPE = CheckpointRecorded.class.getName();

    private record NewLeaf(long leafIndex, long globalIndex, String eventId, byte[] hash, boolean checkpoint) {}

    private final EventLog log;
    private final JdbcTemplate jdbc;
    private final LedgerLocks locks;
    private final Clock clock;
    private final Duration gapWait;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private MerkleTree tree;
    private long lastGlobalIndex = -1;
    /** The tree size after the last event that was not itself a checkpoint. */
    private long sizeAfterLastEvent;

    LedgerTree(EventLog log, JdbcTemplate jdbc, LedgerLocks locks, Clock clock, AuditProperties properties) {
        this.log = log;
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
        this.gapWait = properties.gapWait();
    }

    /** Brings the tree up to the stored events and returns its size. */
    long catchUp() {
        lock.writeLock().lock();
        try {
            if (tree == null) {
                tree = new MerkleTree();
            }
            while (true) {
                List<NewLeaf> recorded = locks.inTransactionHolding(LOCK, () -> {
                    List<NewLeaf> added = new ArrayList<>(recordedElsewhere());
                    if (added.size() < BATCH) {
                        added.addAll(hashNew(tree.size() + added.size(), lastAfter(added), BATCH - added.size()));
                    }
                    return added;
                });
                // committed: only now does the tree in memory take them
                for (NewLeaf leaf : recorded) {
                    tree.appendLeafHash(leaf.hash());
                    lastGlobalIndex = leaf.globalIndex();
                    if (!leaf.checkpoint()) {
                        sizeAfterLastEvent = tree.size();
                    }
                }
                if (recorded.size() < BATCH) {
                    return tree.size();
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    long sizeAfterLastEvent() {
        lock.readLock().lock();
        try {
            return sizeAfterLastEvent;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code work} with the tree held still (appends wait); many readers may share it. */
    <T> T read(Function<MerkleTree, T> work) {
        catchUp();
        lock.readLock().lock();
        try {
            return work.apply(tree);
        } finally {
            lock.readLock().unlock();
        }
    }

    private long lastAfter(List<NewLeaf> added) {
        return added.isEmpty() ? lastGlobalIndex : added.get(added.size() - 1).globalIndex();
    }

    /** The leaf records beyond the tree in memory: written by another instance (or before a restart). */
    private List<NewLeaf> recordedElsewhere() {
        long from = tree.size();
        List<NewLeaf> found = jdbc.query(
                "select l.leaf_index, l.global_index, l.event_id, l.leaf_hash, e.payload_type from audit_leaf l "
                        + "left join domain_event_entry e on e.global_index = l.global_index "
                        + "where l.leaf_index >= ? order by l.leaf_index limit " + BATCH,
                (rs, i) -> new NewLeaf(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBytes(4),
                        CHECKPOINT_TYPE.equals(rs.getString(5))),
                from);
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).leafIndex() != from + i) {
                throw new IllegalStateException("the leaf records skip from " + (from + i) + " to "
                        + found.get(i).leafIndex());
            }
        }
        return found;
    }

    /** Hashes up to {@code max} of the events after {@code after} and records them from leaf {@code next} on. */
    private List<NewLeaf> hashNew(long next, long after, int max) {
        List<NewLeaf> batch = new ArrayList<>();
        Instant settled = clock.instant().minus(gapWait);
        log.read(after, events -> {
            long last = after;
            while (events.hasNext() && batch.size() < max) {
                StoredEvent e = events.next();
                if (last >= 0
                        && e.globalIndex() != last + 1
                        && Instant.parse(e.timestamp()).isAfter(settled)) {
                    break; // a recent gap: an earlier index may still commit
                }
                batch.add(new NewLeaf(
                        next + batch.size(),
                        e.globalIndex(),
                        e.eventId(),
                        e.leafHash(),
                        CHECKPOINT_TYPE.equals(e.eventType())));
                last = e.globalIndex();
            }
        });
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into audit_leaf (leaf_index, global_index, event_id, leaf_hash) values (?, ?, ?, ?)",
                    batch.stream()
                            .map(l -> new Object[] {l.leafIndex(), l.globalIndex(), l.eventId(), l.hash()})
                            .toList());
        }
        return batch;
    }
}
