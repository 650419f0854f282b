package org.imagingledger.application.audit;

import java.util.Iterator;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** The leaf records in leaf order, streamed like {@link EventLog} (a cursor, not a list). */
@Component
class LeafLog {

    record Leaf(long leafIndex, long globalIndex, String eventId, byte[] hash) {}

    private final DataSource dataSource;

    LeafLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void read(Consumer<Iterator<Leaf>> work) {
        Cursor.read(
                dataSource,
                "select leaf_index, global_index, event_id, leaf_hash from audit_leaf order by leaf_index",
                rs -> new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)),
                work);
    }
}
