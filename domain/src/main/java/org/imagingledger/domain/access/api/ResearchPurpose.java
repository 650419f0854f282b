package org.imagingledger.domain.access.api;

import java.util.List;

/**
 * The research purpose of a request, in GA4GH DUO terms (stored as DUO ids): codes that
 * describe the research (e.g. HMB, DS, POA), the Mondo disease id for disease-specific work,
 * and the three flags that DUO modifiers (NCU, NPU, NMDS) test.
 */
public record ResearchPurpose(
        List<String> codes, String disease, boolean commercial, boolean forProfit, boolean methodsDevelopment) {}
