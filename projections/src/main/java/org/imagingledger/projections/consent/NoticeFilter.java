package org.imagingledger.projections.consent;

import java.time.Instant;

/**
 * Filters of the withdrawal notices; null means "any". {@code nodeId}: addressed to that node;
 * {@code holder}: a permit notice addressed to that permit holder; {@code permitId}: the notice
 * of that permit; the time range bounds the time of issue.
 */
public record NoticeFilter(
        boolean pendingOnly, String nodeId, String holder, String permitId, Instant from, Instant to) {

    public static NoticeFilter all() {
        return new NoticeFilter(false, null, null, null, null, null);
    }

    public NoticeFilter toNode(String node) {
        return new NoticeFilter(pendingOnly, node, null, permitId, from, to);
    }

    public NoticeFilter toHolder(String person) {
        return new NoticeFilter(pendingOnly, null, person, permitId, from, to);
    }

    public NoticeFilter pending() {
        return new NoticeFilter(true, nodeId, holder, permitId, from, to);
    }
}
