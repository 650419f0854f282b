package org.imagingledger.application.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that one instance at a time may do, waiting for its turn (unlike a scheduled job, which
 * skips a run another instance holds): writing the Merkle leaf records, publishing the built-in
 * policy at start-up. On PostgreSQL a transaction-scoped advisory lock, released at commit or
 * rollback, and by the server when the holder's connection dies (a killed instance never keeps
 * it); on H2, which one process alone can open, a lock in this process.
 */
@Component
public class LedgerLocks {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final boolean postgres;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

    LedgerLocks(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = isPostgres(dataSource);
    }

    /** Runs {@code work} in a new transaction holding the named lock; returns its result. */
    public <T> T inTransactionHolding(String name, Supplier<T> work) {
        ReentrantLock mine = local.computeIfAbsent(name, n -> new ReentrantLock());
        mine.lock();
        try {
            return transaction.execute(status -> {
                if (postgres) {
                    jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", name);
                }
                return work.get();
            });
        } finally {
            mine.unlock();
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
        }
    }
}
