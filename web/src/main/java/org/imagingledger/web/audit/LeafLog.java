package org.imagingledger.web.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/** The leaf records in leaf order, streamed like {@link EventLog} (a cursor, not a list). */
@Component
class LeafLog {

    record Leaf(long leafIndex, long globalIndex, String eventId, byte[] hash) {
    }

    private final DataSource dataSource;

    LeafLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void read(Consumer<Iterator<Leaf>> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            boolean h2 = EventLog.lazyOnH2(c, true);
            try (PreparedStatement s = c.prepareStatement(
                    "select leaf_index, global_index, event_id, leaf_hash from audit_leaf order by leaf_index")) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    work.accept(new Iterator<>() {
                        private Boolean ready;

                        @Override
                        public boolean hasNext() {
                            if (ready == null) {
                                try {
                                    ready = rs.next();
                                } catch (SQLException e) {
                                    throw new DataAccessResourceFailureException(e.getMessage(), e);
                                }
                            }
                            return ready;
                        }

                        @Override
                        public Leaf next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            ready = null;
                            try {
                                return new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4));
                            } catch (SQLException e) {
                                throw new DataAccessResourceFailureException(e.getMessage(), e);
                            }
                        }
                    });
                }
            } finally {
                if (h2) {
                    EventLog.lazyOnH2(c, false);
                }
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("reading the leaf records: " + e.getMessage(), e);
        }
    }
}
