package org.imagingledger.projections.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingledger.projections.IdList;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger state a policy decision needs, read straight from the views' tables. Nodes ask on
 * every data access, so this path skips the persistence context the other readers use; the
 * rows are the same ones the catalogue, permit and consent views keep.
 */
@Service
@Transactional(readOnly = true)
public class DecisionState {

    public record Dataset(String id, String nodeId, boolean retired, List<String> codes, String disease) {}

    public record Permit(
            String id,
            String status,
            String holder,
            List<String> members,
            List<String> datasets,
            List<String> operations,
            List<String> codes,
            String disease,
            boolean commercial,
            boolean forProfit,
            boolean methodsDevelopment,
            Instant validFrom,
            Instant validUntil,
            List<String> conditions) {}

    public record Consent(
            String pseudonym,
            String status,
            List<String> datasets,
            List<String> purposes,
            String disease,
            Instant validUntil,
            Instant updatedAt) {

        boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    DecisionState(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Dataset> dataset(String id) {
        return jdbc
                .query(
                        "select dataset_id, node_id, retired, duo_codes, disease from dataset_view where dataset_id = :id",
                        Map.of("id", id),
                        (rs, i) -> new Dataset(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getBoolean(3),
                                IdList.split(rs.getString(4)),
                                rs.getString(5)))
                .stream()
                .findFirst();
    }

    public Optional<Permit> permit(String id) {
        List<String> conditions = jdbc.queryForList(
                "select condition_text from permit_condition where permit_id = :id order by line_no",
                Map.of("id", id),
                String.class);
        return jdbc
                .query(
                        """
                select permit_id, status, holder, members, datasets, operations, purpose_codes, disease,
                       commercial, for_profit, methods_development, valid_from, valid_until
                from permit_view where permit_id = :id""",
                        Map.of("id", id),
                        (rs, i) -> new Permit(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                IdList.split(rs.getString(4)),
                                IdList.split(rs.getString(5)),
                                IdList.split(rs.getString(6)),
                                IdList.split(rs.getString(7)),
                                rs.getString(8),
                                rs.getBoolean(9),
                                rs.getBoolean(10),
                                rs.getBoolean(11),
                                instant(rs, 12),
                                instant(rs, 13),
                                conditions))
                .stream()
                .findFirst();
    }

    /**
     * For each named subject with a consent record at the node, the one that speaks for it now:
     * the active consent, or else the most recently changed (withdrawn) one.
     */
    public Map<String, Consent> consents(String nodeId, Collection<String> pseudonyms) {
        Map<String, Consent> current = new HashMap<>();
        if (pseudonyms.isEmpty()) {
            return current;
        }
        jdbc.query(
                        """
                select pseudonym, status, datasets, purposes, disease, valid_until, updated_at
                from consent_view where node_id = :node and pseudonym in (:pseudonyms)""",
                        Map.of("node", nodeId, "pseudonyms", pseudonyms),
                        (rs, i) -> new Consent(
                                rs.getString(1),
                                rs.getString(2),
                                IdList.split(rs.getString(3)),
                                IdList.split(rs.getString(4)),
                                rs.getString(5),
                                instant(rs, 6),
                                instant(rs, 7)))
                .forEach(consent -> current.merge(consent.pseudonym(), consent, DecisionState::speaksFor));
        return current;
    }

    private static Consent speaksFor(Consent a, Consent b) {
        if (a.active() != b.active()) {
            return a.active() ? a : b;
        }
        return a.updatedAt().isAfter(b.updatedAt()) ? a : b;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
