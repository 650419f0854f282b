package org.imagingledger.domain.permit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imagingledger.domain.permit.api.FlagReason;

/**
 * What a permit allowed when: its scope, validity, suspension intervals, revocation and
 * expiry. Immutable, so that the aggregate's event sourcing handlers only assign.
 */
record UsePeriods(
        Set<String> datasets,
        Set<String> operations,
        Instant validFrom,
        Instant validUntil,
        List<Interval> suspensions,
        Instant revokedAt,
        boolean expired) {

    /** A suspension from "from" until "until" (exclusive); until is null while it lasts. */
    record Interval(Instant from, Instant until) {}

    UsePeriods(List<String> datasets, List<String> operations, Instant validFrom, Instant validUntil) {
        this(Set.copyOf(datasets), Set.copyOf(operations), validFrom, validUntil, List.of(), null, false);
    }

    UsePeriods suspendedAt(Instant at) {
        List<Interval> next = new ArrayList<>(suspensions);
        next.add(new Interval(at, null));
        return new UsePeriods(datasets, operations, validFrom, validUntil, List.copyOf(next), revokedAt, expired);
    }

    UsePeriods suspensionEndedAt(Instant at) {
        if (suspensions.isEmpty() || suspensions.get(suspensions.size() - 1).until() != null) {
            return this;
        }
        List<Interval> next = new ArrayList<>(suspensions);
        next.set(next.size() - 1, new Interval(next.get(next.size() - 1).from(), at));
        return new UsePeriods(datasets, operations, validFrom, validUntil, List.copyOf(next), revokedAt, expired);
    }

    UsePeriods extendedTo(Instant until) {
        return new UsePeriods(datasets, operations, validFrom, until, suspensions, revokedAt, expired);
    }

    UsePeriods revokedAt(Instant at) {
        return new UsePeriods(datasets, operations, validFrom, validUntil, suspensions, at, expired);
    }

    UsePeriods expiredNow() {
        return new UsePeriods(datasets, operations, validFrom, validUntil, suspensions, revokedAt, true);
    }

    /** Why a use from start to end falls outside the permit; empty when it is inside. */
    List<String> reasons(String datasetId, String operation, Instant start, Instant end) {
        Set<FlagReason> reasons = new LinkedHashSet<>();
        if (!datasets.contains(datasetId)) {
            reasons.add(FlagReason.DATASET_NOT_COVERED);
        }
        if (!operations.contains(operation)) {
            reasons.add(FlagReason.OPERATION_NOT_COVERED);
        }
        if (start.isBefore(validFrom)) {
            reasons.add(FlagReason.OUTSIDE_VALIDITY);
        }
        if (reachesInto(start, end, validUntil)) {
            reasons.add(expired ? FlagReason.AFTER_EXPIRY : FlagReason.OUTSIDE_VALIDITY);
        }
        for (Interval suspension : suspensions) {
            if (reachesInto(start, end, suspension.from())
                    && (suspension.until() == null || start.isBefore(suspension.until()))) {
                reasons.add(FlagReason.DURING_SUSPENSION);
            }
        }
        if (revokedAt != null && reachesInto(start, end, revokedAt)) {
            reasons.add(FlagReason.AFTER_REVOCATION);
        }
        return reasons.stream().map(Enum::name).toList();
    }

    /** Whether a use from start to end goes on at or after the instant: a use ending exactly then does not. */
    private static boolean reachesInto(Instant start, Instant end, Instant instant) {
        return !start.isBefore(instant) || end.isAfter(instant);
    }
}
