package org.imagingledger.application.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A query read as a stream: its own read-only transaction with a fetch size, so that PostgreSQL
 * uses a cursor, and lazy execution on H2, which otherwise materialises the whole result first.
 * The iterator is valid only inside the consumer.
 */
final class Cursor {

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Cursor() {}

    static <T> void read(DataSource dataSource, String sql, Row<T> row, Consumer<Iterator<T>> work, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
            lazy(c, h2, true);
            try (PreparedStatement s =
                    c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(1000);
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    work.accept(new Rows<>(rs, row));
                }
            } finally {
                lazy(c, h2, false);
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("reading " + sql + ": " + e.getMessage(), e);
        }
    }

    private static void lazy(Connection c, boolean h2, boolean on) throws SQLException {
        if (h2) {
            try (var s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
            }
        }
    }

    private static final class Rows<T> implements Iterator<T> {
        private final ResultSet rs;
        private final Row<T> row;
        private Boolean ready;

        Rows(ResultSet rs, Row<T> row) {
            this.rs = rs;
            this.row = row;
        }

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
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = null;
            try {
                return row.read(rs);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException(e.getMessage(), e);
            }
        }
    }
}
