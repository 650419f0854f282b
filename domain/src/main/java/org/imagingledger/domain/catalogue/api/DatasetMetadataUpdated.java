package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

public record DatasetMetadataUpdated(String datasetId, DatasetMetadata metadata, String actor, Instant at) {}
