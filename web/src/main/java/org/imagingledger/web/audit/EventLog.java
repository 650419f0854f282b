package org.imagingledger.web.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.imagingledger.audit.integrity.StoredEvent;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The stored events in global-index order, read straight from Axon's table as a stream: one
 * read-only transaction with a fetch size, so that PostgreSQL uses a cursor and neither database
 * loads the whole log into memory.
 */
@Component
class EventLog {

    private static final String SELECT = "select global_index, event_identifier, aggregate_identifier, type, "
            + "sequence_number, payload_type, time_stamp, payload, meta_data from domain_event_entry "
            + "where global_index > ? order by global_index";

    private final DataSource dataSource;

    EventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hands {@code work} an iterator over the events after {@code afterGlobalIndex}; valid only inside it. */
    void read(long afterGlobalIndex, Consumer<Iterator<StoredEvent>> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setReadOnly(true);
            boolean h2 = lazyOnH2(c, true);
            try (PreparedStatement s = c.prepareStatement(SELECT, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(1000);
                s.setLong(1, afterGlobalIndex);
                try (ResultSet rs = s.executeQuery()) {
                    work.accept(new Rows(rs));
                }
            } finally {
                if (h2) {
                    lazyOnH2(c, false);
                }
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("reading the event log: " + e.getMessage(), e);
        }
    }

    /**
     * H2 materialises a whole result before the first row unless the session executes lazily;
     * PostgreSQL streams with a fetch size inside a transaction. Returns whether it is H2.
     */
    static boolean lazyOnH2(Connection c, boolean lazy) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return false;
        }
        try (var s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
        }
        return true;
    }

    private static final class Rows implements Iterator<StoredEvent> {
        private final ResultSet rs;
        private Boolean ready;

        Rows(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (ready == null) {
                try {
                    ready = rs.next();
                } catch (SQLException e) {
                    throw new DataAccessResourceFailureException("reading the event log: " + e.getMessage(), e);
                }
            }
            return ready;
        }

        @Override
        public StoredEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = null;
            try {
                return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9));
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("reading the event log: " + e.getMessage(), e);
            }
        }
    }
}
