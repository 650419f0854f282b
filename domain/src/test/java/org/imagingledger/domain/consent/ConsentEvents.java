package org.imagingledger.domain.consent;

import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.consent.api.ConsentRecorded;
import org.imagingledger.domain.consent.api.ConsentWithdrawn;
import org.imagingledger.domain.consent.api.NoticeRecipient;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;

/** The canonical "given" events of the consent tests. */
final class ConsentEvents {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant UNTIL = Instant.parse("2031-03-01T00:00:00Z");
    static final String NODE = "node:node-it-1";
    static final String NODE_NOTICE = "cs-1~NODE~node-it-1";
    static final String PERMIT_NOTICE = "cs-1~PERMIT~pm-1";
    static final NoticeRecipient TO_NODE =
            new NoticeRecipient(RecipientKind.NODE, "node-it-1", "node-it-1", List.of("ds-1"));
    static final NoticeRecipient TO_PERMIT =
            new NoticeRecipient(RecipientKind.PERMIT, "pm-1", "rita.researcher", List.of("ds-1"));

    private ConsentEvents() {}

    /** HMB and GRU, as DUO ids. */
    static ConsentRecorded consentRecorded() {
        return new ConsentRecorded(
                "cs-1",
                "node-it-1",
                "PSN-0001",
                List.of("ds-1"),
                List.of("DUO:0000006", "DUO:0000042"),
                null,
                UNTIL,
                NODE,
                T0);
    }

    static ConsentWithdrawn consentWithdrawn() {
        return new ConsentWithdrawn("cs-1", "node-it-1", "PSN-0001", List.of("ds-1"), NODE, T0.plusSeconds(60));
    }

    static WithdrawalNoticeIssued nodeNotice() {
        return new WithdrawalNoticeIssued(
                "cs-1",
                NODE_NOTICE,
                RecipientKind.NODE,
                "node-it-1",
                "node-it-1",
                List.of("ds-1"),
                NODE,
                T0.plusSeconds(60));
    }

    static WithdrawalNoticeIssued permitNotice() {
        return new WithdrawalNoticeIssued(
                "cs-1",
                PERMIT_NOTICE,
                RecipientKind.PERMIT,
                "pm-1",
                "rita.researcher",
                List.of("ds-1"),
                NODE,
                T0.plusSeconds(60));
    }
}
