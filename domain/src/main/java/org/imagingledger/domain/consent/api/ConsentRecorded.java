package org.imagingledger.domain.consent.api;

import java.time.Instant;
import java.util.List;

/** Purposes are stored as DUO ids. */
public record ConsentRecorded(
        String consentId,
        String nodeId,
        String pseudonym,
        List<String> datasets,
        List<String> purposes,
        String disease,
        Instant validUntil,
        String actor,
        Instant at) {}
