package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

public record DatasetRetired(String datasetId, String reason, String actor, Instant at) {}
