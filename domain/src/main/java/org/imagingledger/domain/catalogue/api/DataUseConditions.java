package org.imagingledger.domain.catalogue.api;

import java.util.List;

/** GA4GH DUO codes (stored as DUO ids) and, for DS, the Mondo id of the disease. */
public record DataUseConditions(List<String> codes, String disease) {}
