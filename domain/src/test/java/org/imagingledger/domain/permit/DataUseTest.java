package org.imagingledger.domain.permit;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.permit.api.DataUseFlagged;
import org.imagingledger.domain.permit.api.DataUseReported;
import org.imagingledger.domain.permit.api.ReportDataUse;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.permit.PermitEvents.NODE;
import static org.imagingledger.domain.permit.PermitEvents.T0;
import static org.imagingledger.domain.permit.PermitEvents.UNTIL;
import static org.imagingledger.domain.permit.PermitEvents.day;
import static org.imagingledger.domain.permit.PermitEvents.expired;
import static org.imagingledger.domain.permit.PermitEvents.permitIssued;
import static org.imagingledger.domain.permit.PermitEvents.reinstated;
import static org.imagingledger.domain.permit.PermitEvents.revoked;
import static org.imagingledger.domain.permit.PermitEvents.suspended;

class DataUseTest {

    private AggregateTestFixture<Permit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Permit.class);
    }

    private static ReportDataUse use(String datasetId, String operation, Instant start, Instant end, Instant at) {
        return new ReportDataUse(
                "pm-1", "use-1", "node-it-1", datasetId, " nnU-Net ", "2.3", operation, 120, start, end, NODE, at);
    }

    private static DataUseReported reported(
            String datasetId, String operation, Instant start, Instant end, Instant at) {
        return new DataUseReported(
                "pm-1", "use-1", "node-it-1", datasetId, "nnU-Net", "2.3", operation, 120, start, end, NODE, at);
    }

    private static DataUseFlagged flagged(Instant at, String... reasons) {
        return new DataUseFlagged("pm-1", "use-1", List.of(reasons), NODE, at);
    }

    @Test
    void useInsideThePermitIsRecordedUnflagged() {
        fixture.given(permitIssued())
                .when(use("ds-1", "FEDERATED_TRAINING", day(1), day(2), day(3)))
                .expectEvents(reported("ds-1", "FEDERATED_TRAINING", day(1), day(2), day(3)));
    }

    @Test
    void uncoveredDatasetAndOperationAreFlagged() {
        fixture.given(permitIssued())
                .when(use("ds-9", "DOWNLOAD", day(1), day(2), day(3)))
                .expectEvents(
                        reported("ds-9", "DOWNLOAD", day(1), day(2), day(3)),
                        flagged(day(3), "DATASET_NOT_COVERED", "OPERATION_NOT_COVERED"));
    }

    @Test
    void useBeforeValidFromIsFlagged() {
        fixture.given(permitIssued())
                .when(use("ds-1", "FEDERATED_TRAINING", T0.minusSeconds(60), day(1), day(3)))
                .expectEvents(
                        reported("ds-1", "FEDERATED_TRAINING", T0.minusSeconds(60), day(1), day(3)),
                        flagged(day(3), "OUTSIDE_VALIDITY"));
    }

    @Test
    void useDuringAPastSuspensionIsFlaggedEvenWhenReportedAfterReinstatement() {
        fixture.given(permitIssued(), suspended(), reinstated())
                .when(use("ds-1", "FEDERATED_TRAINING", day(9), day(11), day(25)))
                .expectEvents(
                        reported("ds-1", "FEDERATED_TRAINING", day(9), day(11), day(25)),
                        flagged(day(25), "DURING_SUSPENSION"));
    }

    @Test
    void useBeforeTheSuspensionIsNotFlaggedEvenWhenReportedDuringIt() {
        fixture.given(permitIssued(), suspended())
                .when(use("ds-1", "FEDERATED_TRAINING", day(8), day(10), day(12)))
                .expectEvents(reported("ds-1", "FEDERATED_TRAINING", day(8), day(10), day(12)));
    }

    @Test
    void useAfterRevocationIsFlagged() {
        fixture.given(permitIssued(), revoked())
                .when(use("ds-1", "FEDERATED_TRAINING", day(29), day(31), day(32)))
                .expectEvents(
                        reported("ds-1", "FEDERATED_TRAINING", day(29), day(31), day(32)),
                        flagged(day(32), "AFTER_REVOCATION"));
    }

    @Test
    void useBeforeRevocationReportedLaterIsNotFlagged() {
        fixture.given(permitIssued(), revoked())
                .when(use("ds-1", "FEDERATED_TRAINING", day(25), day(29), day(40)))
                .expectEvents(reported("ds-1", "FEDERATED_TRAINING", day(25), day(29), day(40)));
    }

    @Test
    void useAfterExpiryIsFlagged() {
        Instant late = UNTIL.plusSeconds(3600);
        fixture.given(permitIssued(), expired())
                .when(use("ds-2", "FEDERATED_INFERENCE", UNTIL.minusSeconds(60), late, late))
                .expectEvents(
                        reported("ds-2", "FEDERATED_INFERENCE", UNTIL.minusSeconds(60), late, late),
                        flagged(late, "AFTER_EXPIRY"));
    }

    @Test
    void useRunningPastValidUntilOfALivePermitIsFlagged() {
        Instant late = UNTIL.plusSeconds(3600);
        fixture.given(permitIssued())
                .when(use("ds-2", "FEDERATED_INFERENCE", UNTIL.minusSeconds(60), late, late))
                .expectEvents(
                        reported("ds-2", "FEDERATED_INFERENCE", UNTIL.minusSeconds(60), late, late),
                        flagged(late, "OUTSIDE_VALIDITY"));
    }

    @Test
    void invalidInputIsRefusedWithNoEvent() {
        fixture.given(permitIssued())
                .when(new ReportDataUse(
                        "pm-1", "use-1", "node-it-1", "ds-1", " ", "", "UPLOAD", -1, day(2), day(1), NODE, day(3)))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "tool",
                        ErrorCodes.REQUIRED,
                        "toolVersion",
                        ErrorCodes.REQUIRED,
                        "subjects",
                        ErrorCodes.NEGATIVE,
                        "operation",
                        ErrorCodes.NOT_ONE_OF,
                        "endedAt",
                        ErrorCodes.NOT_BEFORE));
    }

    @Test
    void useEndingInTheFutureIsRefused() {
        fixture.given(permitIssued())
                .when(use("ds-1", "FEDERATED_TRAINING", day(1), day(5), day(2)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "endedAt", ErrorCodes.IN_FUTURE));
    }

    @Test
    void sameUseReportedTwiceIsRefused() {
        fixture.given(permitIssued(), reported("ds-1", "FEDERATED_TRAINING", day(1), day(2), day(3)))
                .when(use("ds-1", "FEDERATED_TRAINING", day(1), day(2), day(4)))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.USE_ALREADY_REPORTED));
    }
}
