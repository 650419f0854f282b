package org.imagingledger.domain.consent.api;

import java.time.Instant;
import java.util.List;

public record ConsentScopeChanged(
        String consentId,
        List<String> datasets,
        List<String> purposes,
        String disease,
        Instant validUntil,
        String actor,
        Instant at) {}
