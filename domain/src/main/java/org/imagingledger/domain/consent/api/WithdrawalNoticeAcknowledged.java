package org.imagingledger.domain.consent.api;

import java.time.Instant;

public record WithdrawalNoticeAcknowledged(String consentId, String noticeId, String actor, Instant at) {}
