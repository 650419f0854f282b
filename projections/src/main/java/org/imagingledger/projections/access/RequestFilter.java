package org.imagingledger.projections.access;

import java.time.Instant;
import org.imagingledger.domain.access.api.AccessRequestStatus;

/**
 * Filters of the request lists; null means "any". {@code title} is a case-insensitive part of
 * the title; {@code dataset} one of the requested datasets; {@code from} (inclusive) and
 * {@code to} (exclusive) bound the time of the (last) submission.
 */
public record RequestFilter(
        String title, String applicant, String dataset, AccessRequestStatus status, Instant from, Instant to) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, null);
    }
}
