package org.imagingledger.domain.consent;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.consent.api.AcknowledgeWithdrawalNotice;
import org.imagingledger.domain.consent.api.ChangeConsentScope;
import org.imagingledger.domain.consent.api.ConsentScopeChanged;
import org.imagingledger.domain.consent.api.NoticeRecipient;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.RecordConsent;
import org.imagingledger.domain.consent.api.WithdrawConsent;
import org.imagingledger.domain.consent.api.WithdrawalNoticeAcknowledged;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.consent.ConsentEvents.NODE;
import static org.imagingledger.domain.consent.ConsentEvents.NODE_NOTICE;
import static org.imagingledger.domain.consent.ConsentEvents.PERMIT_NOTICE;
import static org.imagingledger.domain.consent.ConsentEvents.T0;
import static org.imagingledger.domain.consent.ConsentEvents.TO_NODE;
import static org.imagingledger.domain.consent.ConsentEvents.TO_PERMIT;
import static org.imagingledger.domain.consent.ConsentEvents.UNTIL;
import static org.imagingledger.domain.consent.ConsentEvents.consentRecorded;
import static org.imagingledger.domain.consent.ConsentEvents.consentWithdrawn;
import static org.imagingledger.domain.consent.ConsentEvents.nodeNotice;
import static org.imagingledger.domain.consent.ConsentEvents.permitNotice;

class ConsentTest {

    private AggregateTestFixture<Consent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Consent.class);
    }

    @Test
    void recordStoresPurposesAsDuoIds() {
        fixture.givenNoPriorActivity()
                .when(new RecordConsent(
                        "cs-1", "node-it-1", "PSN-0001", List.of("ds-1"), List.of("HMB", "gru"), " ", UNTIL, NODE, T0))
                .expectEvents(consentRecorded());
    }

    @Test
    void recordRefusesFreeTextPseudonymsUnknownPurposesAndPastEnd() {
        fixture.givenNoPriorActivity()
                .when(new RecordConsent(
                        "cs-1",
                        "node-it-1",
                        "Maria Rossi 1970",
                        List.of("ds-1", "ds-1"),
                        List.of("DS", "ABC"),
                        null,
                        T0.minusSeconds(1),
                        NODE,
                        T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "pseudonym",
                        ErrorCodes.NOT_IDENTIFIER,
                        "datasets",
                        ErrorCodes.DUPLICATE_ENTRY,
                        "purposes[1]",
                        ErrorCodes.UNKNOWN_DUO_TERM,
                        "disease",
                        ErrorCodes.REQUIRED,
                        "validUntil",
                        ErrorCodes.NOT_IN_FUTURE));
    }

    @Test
    void recordTwiceIsRefusedByTheEventStore() {
        fixture.given(consentRecorded())
                .when(new RecordConsent(
                        "cs-1", "node-it-1", "PSN-0001", List.of("ds-1"), List.of("HMB"), null, null, NODE, T0))
                .expectNoEvents()
                .expectException(Exception.class);
    }

    @Test
    void changeScope() {
        fixture.given(consentRecorded())
                .when(new ChangeConsentScope(
                        "cs-1",
                        List.of("ds-1", "ds-2"),
                        List.of("DS"),
                        "MONDO:0008903",
                        null,
                        NODE,
                        T0.plusSeconds(30)))
                .expectEvents(new ConsentScopeChanged(
                        "cs-1",
                        List.of("ds-1", "ds-2"),
                        List.of("DUO:0000007"),
                        "MONDO:0008903",
                        null,
                        NODE,
                        T0.plusSeconds(30)));
    }

    @Test
    void changeScopeNeedsDatasetsAndPurposes() {
        fixture.given(consentRecorded())
                .when(new ChangeConsentScope("cs-1", List.of(), null, null, null, NODE, T0))
                .expectNoEvents()
                .expectException(
                        refused(Kind.INVALID_INPUT, "datasets", ErrorCodes.EMPTY, "purposes", ErrorCodes.EMPTY));
    }

    @Test
    void changeScopeAfterWithdrawalIsRefused() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new ChangeConsentScope(
                        "cs-1", List.of("ds-1"), List.of("GRU"), null, null, NODE, T0.plusSeconds(90)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.CONSENT_WITHDRAWN));
    }

    @Test
    void withdrawIssuesOneNoticePerRecipient() {
        fixture.given(consentRecorded())
                .when(new WithdrawConsent("cs-1", List.of(TO_NODE, TO_PERMIT), NODE, T0.plusSeconds(60)))
                .expectEvents(consentWithdrawn(), nodeNotice(), permitNotice());
    }

    @Test
    void withdrawMustReachTheRecordingNodeAndNameEachRecipientOnce() {
        NoticeRecipient broken = new NoticeRecipient(null, "pm 2", "", List.of());
        fixture.given(consentRecorded())
                .when(new WithdrawConsent("cs-1", List.of(TO_PERMIT, TO_PERMIT, broken), NODE, T0.plusSeconds(60)))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "recipients[1]",
                        ErrorCodes.DUPLICATE_ENTRY,
                        "recipients[2].kind",
                        ErrorCodes.REQUIRED,
                        "recipients[2].id",
                        ErrorCodes.NOT_IDENTIFIER,
                        "recipients[2].addressee",
                        ErrorCodes.REQUIRED,
                        "recipients[2].datasets",
                        ErrorCodes.EMPTY,
                        "recipients",
                        ErrorCodes.RECORDING_NODE_MISSING));
    }

    @Test
    void withdrawTwiceIsRefused() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new WithdrawConsent("cs-1", List.of(TO_NODE), NODE, T0.plusSeconds(90)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.CONSENT_WITHDRAWN));
    }

    @Test
    void acknowledge() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice(), permitNotice())
                .when(new AcknowledgeWithdrawalNotice("cs-1", PERMIT_NOTICE, "rita.researcher", T0.plusSeconds(3600)))
                .expectEvents(new WithdrawalNoticeAcknowledged(
                        "cs-1", PERMIT_NOTICE, "rita.researcher", T0.plusSeconds(3600)));
    }

    @Test
    void acknowledgeNeedsNoticeId() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new AcknowledgeWithdrawalNotice("cs-1", "", NODE, T0.plusSeconds(3600)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "noticeId", ErrorCodes.REQUIRED));
    }

    @Test
    void acknowledgeUnknownNoticeIsNotFound() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new AcknowledgeWithdrawalNotice("cs-1", "cs-1~NODE~node-x", NODE, T0.plusSeconds(3600)))
                .expectNoEvents()
                .expectException(refused(Kind.NOT_FOUND, ErrorCodes.NOT_FOUND));
    }

    @Test
    void acknowledgeTwiceIsRefused() {
        fixture.given(
                        consentRecorded(),
                        consentWithdrawn(),
                        nodeNotice(),
                        new WithdrawalNoticeAcknowledged("cs-1", NODE_NOTICE, NODE, T0.plusSeconds(120)))
                .when(new AcknowledgeWithdrawalNotice("cs-1", NODE_NOTICE, NODE, T0.plusSeconds(3600)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.ALREADY_ACKNOWLEDGED));
    }

    @Test
    void noticeIdsAreDerivedFromConsentKindAndRecipient() {
        org.assertj.core.api.Assertions.assertThat(NoticeIds.of("cs-1", RecipientKind.PERMIT, "pm-1"))
                .isEqualTo(PERMIT_NOTICE);
    }
}
