package org.imagingledger.audit.export;

import java.util.Map;
import java.util.TreeMap;

/** Counts per event type, node and month (UTC); small however many events are exported. */
final class ExportStats {

    long events;
    final Map<String, Long> byType = new TreeMap<>();
    final Map<String, Long> byNode = new TreeMap<>();
    final Map<String, Long> byMonth = new TreeMap<>();

    void add(String type, Facets facets, String timestamp) {
        events++;
        byType.merge(ExportFilter.simpleName(type), 1L, Long::sum);
        if (facets.nodes().isEmpty()) {
            byNode.merge("(no node)", 1L, Long::sum);
        }
        facets.nodes().forEach(n -> byNode.merge(n, 1L, Long::sum));
        byMonth.merge(timestamp.substring(0, 7), 1L, Long::sum);
    }
}
