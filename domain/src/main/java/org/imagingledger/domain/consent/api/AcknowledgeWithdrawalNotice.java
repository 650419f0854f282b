package org.imagingledger.domain.consent.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AcknowledgeWithdrawalNotice(
        @TargetAggregateIdentifier String consentId, String noticeId, String actor, Instant at) {}
