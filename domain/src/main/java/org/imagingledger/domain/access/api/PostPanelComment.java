package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A comment in the panel's discussion, by a reviewer of the request or, with {@code asChair},
 * by a DAC chair (the application knows who chairs). Never visible to the applicant or team.
 */
public record PostPanelComment(
        @TargetAggregateIdentifier String requestId,
        String commentId,
        String text,
        boolean asChair,
        String actor,
        Instant at) {}
