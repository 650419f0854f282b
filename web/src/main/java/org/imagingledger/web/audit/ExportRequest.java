package org.imagingledger.web.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.imagingledger.audit.export.ExportFilter;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.Violations;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The filters of an export, as the API and the UI form send them; all optional. An unknown
 * member is refused (a misspelt filter must not silently widen an export).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record ExportRequest(Instant from, Instant to, String node, String dataset, String pseudonym, String permit,
                     String request, String principal, String eventType) {

    /** Checks every given field; a refused request writes nothing. */
    ExportFilter toFilter(JdbcTemplate jdbc) {
        Violations v = Violations.check();
        optionalIdentifier(v, "node", node);
        optionalIdentifier(v, "dataset", dataset);
        optionalIdentifier(v, "pseudonym", pseudonym);
        optionalIdentifier(v, "permit", permit);
        optionalIdentifier(v, "request", request);
        optionalIdentifier(v, "principal", principal);
        optionalIdentifier(v, "eventType", eventType);
        v.when(from != null && to != null && !to.isAfter(from), "to", "must be after from");
        v.orReject();
        String type = blankToNull(eventType);
        if (type != null) {
            List<String> types = jdbc.queryForList("select distinct payload_type from domain_event_entry", String.class);
            if (types.stream().noneMatch(t -> t.equals(type) || t.endsWith("." + type))) {
                throw CommandRejected.unprocessable("eventType", "no stored event has the type " + type);
            }
        }
        return new ExportFilter(from, to, blankToNull(node), blankToNull(dataset), blankToNull(pseudonym),
                blankToNull(permit), blankToNull(request), blankToNull(principal), type);
    }

    private static void optionalIdentifier(Violations v, String field, String value) {
        if (value != null && !value.isBlank()) {
            v.identifier(field, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
