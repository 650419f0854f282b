package org.imagingledger.domain.catalogue.api;

import java.util.List;

/** What a researcher needs to know to ask for a dataset; cancer type is a Mondo id. */
public record DatasetMetadata(String title, String cancerType, List<String> modalities, long subjects, long cases) {}
