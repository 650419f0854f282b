package org.imagingledger.domain.consent.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A node records the consent of one pseudonymous subject: for which of its datasets and for
 * which research purposes (DUO codes, with a Mondo disease for DS), until when (null: no end).
 */
public record RecordConsent(
        @TargetAggregateIdentifier String consentId,
        String nodeId,
        String pseudonym,
        List<String> datasets,
        List<String> purposes,
        String disease,
        Instant validUntil,
        String actor,
        Instant at) {}
