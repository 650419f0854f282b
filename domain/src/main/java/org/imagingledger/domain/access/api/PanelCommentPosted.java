package org.imagingledger.domain.access.api;

import java.time.Instant;

public record PanelCommentPosted(String requestId, String commentId, String text, String actor, Instant at) {}
