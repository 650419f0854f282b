package org.imagingledger.projections.permit;

import java.time.Instant;
import java.util.Collection;

/**
 * Filters of the permit register; null means "any". {@code member}: the person holds the permit
 * or is on it; {@code anyDataset}: the permit covers at least one of these (a node's datasets);
 * {@code from} (inclusive) and {@code to} (exclusive) bound the time of issue. {@code status}
 * is a {@link PermitState} name: with {@code now}, ACTIVE means active and begun, NOT_YET_VALID
 * active but not begun.
 */
public record PermitFilter(
        String status,
        String holder,
        String member,
        String dataset,
        Collection<String> anyDataset,
        Instant from,
        Instant to,
        Instant now) {

    public static PermitFilter none() {
        return new PermitFilter(null, null, null, null, null, null, null, null);
    }

    public PermitFilter withMember(String person) {
        return new PermitFilter(status, holder, person, dataset, anyDataset, from, to, now);
    }

    public PermitFilter withAnyDataset(Collection<String> datasets) {
        return new PermitFilter(status, holder, member, dataset, datasets, from, to, now);
    }
}
