package org.imagingledger.projections.permit;

import java.time.Instant;
import java.util.Collection;

/**
 * Filters of the permit register; null means "any". {@code member}: the person holds the permit
 * or is on it; {@code anyDataset}: the permit covers at least one of these (a node's datasets);
 * {@code from} (inclusive) and {@code to} (exclusive) bound the time of issue.
 */
public record PermitFilter(
        String status,
        String holder,
        String member,
        String dataset,
        Collection<String> anyDataset,
        Instant from,
        Instant to) {

    public static PermitFilter none() {
        return new PermitFilter(null, null, null, null, null, null, null);
    }

    public PermitFilter withMember(String person) {
        return new PermitFilter(status, holder, person, dataset, anyDataset, from, to);
    }

    public PermitFilter withAnyDataset(Collection<String> datasets) {
        return new PermitFilter(status, holder, member, dataset, datasets, from, to);
    }
}
