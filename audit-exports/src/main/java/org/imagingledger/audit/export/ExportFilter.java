package org.imagingledger.audit.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which events an export holds; every field is optional, all given ones must match. The time
 * range is [from, to). The event type matches the stored type's full or simple class name.
 */
public record ExportFilter(
        Instant from,
        Instant to,
        String node,
        String dataset,
        String pseudonym,
        String permit,
        String request,
        String principal,
        String eventType) {

    public static final ExportFilter ALL = new ExportFilter(null, null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return toMap().isEmpty();
    }

    public boolean matches(Instant time, String type, Facets f) {
        return (from == null || !time.isBefore(from))
                && (to == null || time.isBefore(to))
                && (node == null || f.nodes().contains(node))
                && (dataset == null || f.datasets().contains(dataset))
                && (pseudonym == null || f.pseudonyms().contains(pseudonym))
                && (permit == null || f.permits().contains(permit))
                && (request == null || f.requests().contains(request))
                && (principal == null || f.principals().contains(principal))
                && (eventType == null || eventType.equals(type) || eventType.equals(simpleName(type)));
    }

    /** The given fields only, as strings, for the manifest and the report. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "from", from);
        put(m, "to", to);
        put(m, "node", node);
        put(m, "dataset", dataset);
        put(m, "pseudonym", pseudonym);
        put(m, "permit", permit);
        put(m, "request", request);
        put(m, "principal", principal);
        put(m, "eventType", eventType);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    public static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
