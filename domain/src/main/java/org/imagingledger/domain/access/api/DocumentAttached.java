package org.imagingledger.domain.access.api;

import java.time.Instant;

/** A document attached to the request; its bytes are stored beside the event and match {@code sha256}. */
public record DocumentAttached(
        String requestId,
        String documentId,
        DocumentKind kind,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String actor,
        Instant at) {}
