package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records purpose checks of an open request, one per requested dataset, evaluated by the
 * application with the active policy: after a policy revision was activated, or on the chair's
 * demand (then the actor must be free to act as chair on the request).
 */
public record RecordPurposeChecks(
        @TargetAggregateIdentifier String requestId,
        List<PurposeCheck> checks,
        PurposeCheckTrigger trigger,
        String actor,
        Instant at) {}
