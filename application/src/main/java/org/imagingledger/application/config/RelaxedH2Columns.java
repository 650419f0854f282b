package org.imagingledger.application.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On H2 the schema follows the entities through Hibernate's update, which adds columns but never
 * relaxes a NOT NULL. A database file made before a column became optional would refuse every
 * new row without it, so those columns are relaxed here once the schema is updated. PostgreSQL
 * has migrations for the same changes (V41).
 */
@Component
@DependsOn("entityManagerFactory")
class RelaxedH2Columns {

    private static final Logger log = LoggerFactory.getLogger(RelaxedH2Columns.class);

    /** Table and column, as H2 names them: optional since node tokens left the event log. */
    static final List<List<String>> OPTIONAL = List.of(List.of("NODE_VIEW", "TOKEN_SHA256"));

    RelaxedH2Columns(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getURL().startsWith("jdbc:h2:")) {
                return;
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (List<String> column : OPTIONAL) {
            Integer strict = jdbc.queryForObject(
                    "select count(*) from information_schema.columns where table_schema = current_schema()"
                            + " and table_name = ? and column_name = ? and is_nullable = 'NO'",
                    Integer.class,
                    column.get(0),
                    column.get(1));
            if (strict != null && strict > 0) {
                jdbc.execute("alter table " + column.get(0) + " alter column " + column.get(1) + " set null");
                log.info(
                        "{}.{} is optional now: its NOT NULL from an older version was dropped",
                        column.get(0),
                        column.get(1));
            }
        }
    }
}
