package org.imagingledger.application.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.imagingledger.audit.integrity.MerkleTree;
import org.imagingledger.audit.integrity.StoredEvent;
import org.imagingledger.domain.audit.api.CheckpointRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Merkle tree of the whole log, in memory, grown as events are stored. Its leaves are
 * loaded from the leaf records at first use and new events are hashed and recorded as they are
 * found. A gap in the global index (a transaction that took an index and has not committed, or
 * rolled back) stops the catch-up while the events after it are younger than ledger.audit.gap-wait (5 s), so
 * an event that commits late is not skipped.
 */
@Component
class LedgerTree {

    private static final int BATCH = 1000;
    private static final String CHECKPOINT_TYPE = CheckpointRecorded.class.getName();

    private final EventLog log;
    private final LeafLog leaves;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration gapWait;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private MerkleTree tree;
    private long lastGlobalIndex = -1;
    /** The tree size after the last event that was not itself a checkpoint. */
    private long sizeAfterLastEvent;

    LedgerTree(EventLog log, LeafLog leaves, JdbcTemplate jdbc, Clock clock, AuditProperties properties) {
        this.log = log;
        this.leaves = leaves;
        this.jdbc = jdbc;
        this.clock = clock;
        this.gapWait = properties.gapWait();
    }

    /** Brings the tree up to the stored events and returns its size. */
    long catchUp() {
        lock.writeLock().lock();
        try {
            if (tree == null) {
                load();
            }
            List<Object[]> batch = new ArrayList<>();
            Instant settled = clock.instant().minus(gapWait);
            log.read(lastGlobalIndex, events -> {
                while (events.hasNext()) {
                    StoredEvent e = events.next();
                    if (lastGlobalIndex >= 0
                            && e.globalIndex() != lastGlobalIndex + 1
                            && Instant.parse(e.timestamp()).isAfter(settled)) {
                        break; // a recent gap: an earlier index may still commit
                    }
                    byte[] hash = e.leafHash();
                    batch.add(new Object[] {tree.size(), e.globalIndex(), e.eventId(), hash});
                    tree.appendLeafHash(hash);
                    lastGlobalIndex = e.globalIndex();
                    if (!CHECKPOINT_TYPE.equals(e.eventType())) {
                        sizeAfterLastEvent = tree.size();
                    }
                    if (batch.size() == BATCH) {
                        flush(batch);
                    }
                }
            });
            flush(batch);
            return tree.size();
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

    private void load() {
        MerkleTree loaded = new MerkleTree();
        long[] last = {-1};
        leaves.read(records -> {
            while (records.hasNext()) {
                LeafLog.Leaf leaf = records.next();
                if (leaf.leafIndex() != loaded.size()) {
                    throw new IllegalStateException(
                            "the leaf records skip from " + loaded.size() + " to " + leaf.leafIndex());
                }
                loaded.appendLeafHash(leaf.hash());
                last[0] = leaf.globalIndex();
            }
        });
        tree = loaded;
        lastGlobalIndex = last[0];
        sizeAfterLastEvent = loaded.size();
    }

    private void flush(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into audit_leaf (leaf_index, global_index, event_id, leaf_hash) values (?, ?, ?, ?)",
                    batch);
            batch.clear();
        }
    }
}
