package org.imagingledger.domain.consent.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraws a consent. The ledger names the recipients of the notices (the nodes that hold the
 * data and the live permits that cover it), since only the views know them; the recording
 * node must be one of them.
 */
public record WithdrawConsent(
        @TargetAggregateIdentifier String consentId, List<NoticeRecipient> recipients, String actor, Instant at) {}
