package org.imagingledger.audit.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an event is about, read from its payload wherever the domain's events name it (at any
 * depth, so a request's {@code content.datasets} counts): nodes ({@code nodeId}), datasets
 * ({@code datasetId}, {@code datasets}), subject pseudonyms ({@code pseudonym}), permits
 * ({@code permitId}), access requests ({@code requestId}) and the acting principal
 * ({@code actor}).
 */
public record Facets(
        Set<String> nodes,
        Set<String> datasets,
        Set<String> pseudonyms,
        Set<String> permits,
        Set<String> requests,
        Set<String> principals) {

    public static Facets of(Object payload) {
        Facets f = new Facets(
                new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        f.collect(payload);
        return f;
    }

    private void collect(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Set<String> target = switch ((String) e.getKey()) {
                    case "nodeId" -> nodes;
                    case "datasetId", "datasets" -> datasets;
                    case "pseudonym" -> pseudonyms;
                    case "permitId" -> permits;
                    case "requestId" -> requests;
                    case "actor" -> principals;
                    default -> null;
                };
                if (target != null) {
                    add(target, e.getValue());
                } else {
                    collect(e.getValue());
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(this::collect);
        }
    }

    private static void add(Set<String> target, Object value) {
        if (value instanceof String s) {
            target.add(s);
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> add(target, v));
        }
    }

    public String principal() {
        return principals.isEmpty() ? "" : principals.iterator().next();
    }
}
