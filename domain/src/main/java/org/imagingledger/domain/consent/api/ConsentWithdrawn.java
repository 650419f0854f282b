package org.imagingledger.domain.consent.api;

import java.time.Instant;
import java.util.List;

public record ConsentWithdrawn(
        String consentId, String nodeId, String pseudonym, List<String> datasets, String actor, Instant at) {}
