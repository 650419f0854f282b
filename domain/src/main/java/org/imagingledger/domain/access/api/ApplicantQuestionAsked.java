package org.imagingledger.domain.access.api;

import java.time.Instant;

public record ApplicantQuestionAsked(String requestId, String questionId, String text, String actor, Instant at) {}
