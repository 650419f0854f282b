package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The applicant attaches a document. The application has stored the bytes and checked their
 * type by content; the command carries what the event records: kind, file name, media type,
 * size and SHA-256.
 */
public record AttachDocument(
        @TargetAggregateIdentifier String requestId,
        String documentId,
        DocumentKind kind,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String actor,
        Instant at) {}
