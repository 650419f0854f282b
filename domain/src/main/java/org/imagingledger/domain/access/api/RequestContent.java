package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;

/**
 * What the applicant asks for. A draft may leave any part empty; submission needs all of it
 * except the team. Datasets and team members are identifiers, operations are
 * {@link org.imagingledger.domain.shared.Operation} names.
 */
public record RequestContent(
        String title,
        List<String> datasets,
        ResearchPurpose purpose,
        String summary,
        List<String> operations,
        Instant periodFrom,
        Instant periodUntil,
        List<String> team) {}
