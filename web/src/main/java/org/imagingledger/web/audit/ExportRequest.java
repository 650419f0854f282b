package org.imagingledger.web.audit;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.imagingledger.audit.export.ExportFilter;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;

/**
 * The filters of an export, as the API and the UI form send them; all optional. An unknown
 * member is refused (a misspelt filter must not silently widen an export).
 */
record ExportRequest(
        Instant from,
        Instant to,
        String node,
        String dataset,
        String pseudonym,
        String permit,
        String request,
        String principal,
        String eventType) {

    private static final Set<String> FIELDS =
            Set.of("from", "to", "node", "dataset", "pseudonym", "permit", "request", "principal", "eventType");

    /** Reads the JSON body, refusing unknown members and values of the wrong type by name. */
    static ExportRequest read(Map<String, Object> body, ObjectMapper json) {
        for (String name : body.keySet()) {
            if (!FIELDS.contains(name)) {
                throw CommandRejected.invalid(
                        name,
                        ErrorCodes.UNKNOWN_FIELD,
                        "is not an export filter (known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
        try {
            return json.convertValue(body, ExportRequest.class);
        } catch (IllegalArgumentException e) {
            String field = e.getCause() instanceof JsonMappingException m
                            && !m.getPath().isEmpty()
                    ? m.getPath().get(0).getFieldName()
                    : "body";
            throw CommandRejected.invalid(field, ErrorCodes.WRONG_TYPE, "has the wrong type or format");
        }
    }

    /** Checks every given field; a refused request writes nothing. */
    ExportFilter toFilter() {
        Violations v = Violations.check();
        optionalIdentifier(v, "node", node);
        optionalIdentifier(v, "dataset", dataset);
        optionalIdentifier(v, "pseudonym", pseudonym);
        optionalIdentifier(v, "permit", permit);
        optionalIdentifier(v, "request", request);
        optionalIdentifier(v, "principal", principal);
        optionalIdentifier(v, "eventType", eventType);
        v.when(
                from != null && to != null && !to.isAfter(from),
                "to",
                ErrorCodes.NOT_AFTER,
                "must be after from",
                "from");
        v.orReject();
        String type = blankToNull(eventType);
        return new ExportFilter(
                from,
                to,
                blankToNull(node),
                blankToNull(dataset),
                blankToNull(pseudonym),
                blankToNull(permit),
                blankToNull(request),
                blankToNull(principal),
                type);
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
