package org.imagingledger.domain.consent;

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
import org.imagingledger.domain.shared.CommandRejected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private AggregateTestFixture<Consent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Consent.class);
    }

    @Test
    void recordStoresPurposesAsDuoIds() {
        fixture.givenNoPriorActivity()
                .when(new RecordConsent("cs-1", "node-it-1", "PSN-0001", List.of("ds-1"), List.of("HMB", "gru"), " ",
                        UNTIL, NODE, T0))
                .expectEvents(consentRecorded());
    }

    @Test
    void recordRefusesFreeTextPseudonymsUnknownPurposesAndPastEnd() {
        fixture.givenNoPriorActivity()
                .when(new RecordConsent("cs-1", "node-it-1", "Maria Rossi 1970", List.of("ds-1", "ds-1"),
                        List.of("DS", "ABC"), null, T0.minusSeconds(1), NODE, T0))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("pseudonym: must be 1-128 letters, digits or . _ : - (a pseudonymous identifier); "
                        + "datasets: must not repeat an entry; "
                        + "purposes[1]: 'ABC' is not a DUO term; "
                        + "disease: is required with DS (disease specific); "
                        + "validUntil: must be in the future (or left out for a consent without end)");
    }

    @Test
    void recordTwiceIsRefusedByTheEventStore() {
        fixture.given(consentRecorded())
                .when(new RecordConsent("cs-1", "node-it-1", "PSN-0001", List.of("ds-1"), List.of("HMB"), null,
                        null, NODE, T0))
                .expectNoEvents()
                .expectException(Exception.class);
    }

    @Test
    void changeScope() {
        fixture.given(consentRecorded())
                .when(new ChangeConsentScope("cs-1", List.of("ds-1", "ds-2"), List.of("DS"), "MONDO:0008903", null,
                        NODE, T0.plusSeconds(30)))
                .expectEvents(new ConsentScopeChanged("cs-1", List.of("ds-1", "ds-2"), List.of("DUO:0000007"),
                        "MONDO:0008903", null, NODE, T0.plusSeconds(30)));
    }

    @Test
    void changeScopeNeedsDatasetsAndPurposes() {
        fixture.given(consentRecorded())
                .when(new ChangeConsentScope("cs-1", List.of(), null, null, null, NODE, T0))
                .expectNoEvents()
                .expectExceptionMessage("datasets: must name at least one entry; purposes: must name at least one entry");
    }

    @Test
    void changeScopeAfterWithdrawalIsRefused() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new ChangeConsentScope("cs-1", List.of("ds-1"), List.of("GRU"), null, null, NODE, T0.plusSeconds(90)))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("consent cs-1 is withdrawn");
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
                .expectException(CommandRejected.class)
                .expectExceptionMessage("recipients[1]: repeats a recipient; "
                        + "recipients[2].kind: is required; "
                        + "recipients[2].id: must be 1-128 letters, digits or . _ : - (a pseudonymous identifier); "
                        + "recipients[2].addressee: must not be blank; "
                        + "recipients[2].datasets: must name at least one entry; "
                        + "recipients: must include the recording node node-it-1");
    }

    @Test
    void withdrawTwiceIsRefused() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new WithdrawConsent("cs-1", List.of(TO_NODE), NODE, T0.plusSeconds(90)))
                .expectNoEvents()
                .expectExceptionMessage("consent cs-1 is withdrawn");
    }

    @Test
    void acknowledge() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice(), permitNotice())
                .when(new AcknowledgeWithdrawalNotice("cs-1", PERMIT_NOTICE, "rita.researcher", T0.plusSeconds(3600)))
                .expectEvents(new WithdrawalNoticeAcknowledged("cs-1", PERMIT_NOTICE, "rita.researcher",
                        T0.plusSeconds(3600)));
    }

    @Test
    void acknowledgeNeedsNoticeId() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new AcknowledgeWithdrawalNotice("cs-1", "", NODE, T0.plusSeconds(3600)))
                .expectNoEvents()
                .expectExceptionMessage("noticeId: must not be blank");
    }

    @Test
    void acknowledgeUnknownNoticeIsNotFound() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice())
                .when(new AcknowledgeWithdrawalNotice("cs-1", "cs-1~NODE~node-x", NODE, T0.plusSeconds(3600)))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("withdrawal notice cs-1~NODE~node-x does not exist");
    }

    @Test
    void acknowledgeTwiceIsRefused() {
        fixture.given(consentRecorded(), consentWithdrawn(), nodeNotice(),
                        new WithdrawalNoticeAcknowledged("cs-1", NODE_NOTICE, NODE, T0.plusSeconds(120)))
                .when(new AcknowledgeWithdrawalNotice("cs-1", NODE_NOTICE, NODE, T0.plusSeconds(3600)))
                .expectNoEvents()
                .expectExceptionMessage("withdrawal notice " + NODE_NOTICE + " is already acknowledged");
    }

    @Test
    void noticeIdsAreDerivedFromConsentKindAndRecipient() {
        org.assertj.core.api.Assertions.assertThat(
                NoticeIds.of("cs-1", RecipientKind.PERMIT, "pm-1"))
                .isEqualTo(PERMIT_NOTICE);
    }
}
