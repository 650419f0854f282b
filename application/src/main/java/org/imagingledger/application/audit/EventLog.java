package org.imagingledger.application.audit;

import java.util.Iterator;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.imagingledger.audit.integrity.StoredEvent;
import org.springframework.stereotype.Component;

/** The stored events in global-index order, read straight from Axon's table as a stream. */
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
        Cursor.read(
                dataSource,
                SELECT,
                rs -> new StoredEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBytes(8),
                        rs.getBytes(9)),
                work,
                afterGlobalIndex);
    }
}
