package org.imagingledger.audit.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per event type, node and month (UTC); small however many events are exported. Besides
 * the counts, the decisions an auditor looks for first are listed one by one (up to
 * {@value #MAX_NOTES} of each kind, the rest counted): the chair's overrides of failed purpose
 * checks, and the documents attached to requests with their SHA-256.
 */
final class ExportStats {

    static final int MAX_NOTES = 500;

    /** One override: when, which request and dataset, the failed reasons, who, why. */
    record Override(String time, String request, String dataset, String failedReasons, String chair, String reason) {}

    /** One attached document: when, which request, its kind, file name and SHA-256. */
    record Document(String time, String request, String kind, String fileName, String sha256) {}

    long events;
    final Map<String, Long> byType = new TreeMap<>();
    final Map<String, Long> byNode = new TreeMap<>();
    final Map<String, Long> byMonth = new TreeMap<>();
    final List<Override> overrides = new ArrayList<>();
    long overrideCount;
    final List<Document> documents = new ArrayList<>();
    long documentCount;

    void add(String type, Facets facets, String timestamp) {
        events++;
        byType.merge(ExportFilter.simpleName(type), 1L, Long::sum);
        if (facets.nodes().isEmpty()) {
            byNode.merge("(no node)", 1L, Long::sum);
        }
        facets.nodes().forEach(n -> byNode.merge(n, 1L, Long::sum));
        byMonth.merge(timestamp.substring(0, 7), 1L, Long::sum);
    }

    /** Keeps what the report lists event by event. */
    void note(String type, Object payload, String timestamp) {
        if (!(payload instanceof Map<?, ?> p)) {
            return;
        }
        if (type.equals("PurposeCheckOverridden")) {
            if (overrideCount++ < MAX_NOTES) {
                overrides.add(new Override(
                        timestamp,
                        text(p.get("requestId")),
                        text(p.get("datasetId")),
                        p.get("failedReasons") instanceof List<?> l
                                ? String.join(
                                        ", ", l.stream().map(String::valueOf).toList())
                                : "",
                        text(p.get("actor")),
                        text(p.get("reason"))));
            }
        } else if (type.equals("DocumentAttached")) {
            if (documentCount++ < MAX_NOTES) {
                documents.add(new Document(
                        timestamp,
                        text(p.get("requestId")),
                        text(p.get("kind")),
                        text(p.get("fileName")),
                        text(p.get("sha256"))));
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
