package org.imagingledger.domain.consent.api;

import java.time.Instant;
import java.util.List;

/** One notice of a withdrawal, to be acknowledged by its addressee once the data is out of use. */
public record WithdrawalNoticeIssued(
        String consentId,
        String noticeId,
        RecipientKind recipientKind,
        String recipientId,
        String addressee,
        List<String> datasets,
        String actor,
        Instant at) {}
