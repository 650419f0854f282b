package org.imagingledger.domain.catalogue;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.domain.catalogue.api.DatasetMetadataUpdated;
import org.imagingledger.domain.catalogue.api.DatasetRetired;
import org.imagingledger.domain.catalogue.api.RegisterDataset;
import org.imagingledger.domain.catalogue.api.RetireDataset;
import org.imagingledger.domain.catalogue.api.UpdateDatasetMetadata;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.imagingledger.domain.Refusals.refused;
import static org.imagingledger.domain.catalogue.CatalogueEvents.ADMIN;
import static org.imagingledger.domain.catalogue.CatalogueEvents.BREAST_MG;
import static org.imagingledger.domain.catalogue.CatalogueEvents.T0;
import static org.imagingledger.domain.catalogue.CatalogueEvents.datasetRegistered;
import static org.imagingledger.domain.catalogue.CatalogueEvents.datasetRetired;

class DatasetTest {

    private AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Dataset.class);
    }

    @Test
    void registerDatasetStoresShorthandsAsDuoIds() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDataset(
                        "ds-1",
                        "node-it-1",
                        BREAST_MG,
                        new DataUseConditions(List.of("HMB", "ncu"), null),
                        true,
                        ADMIN,
                        T0))
                .expectEvents(datasetRegistered());
    }

    @Test
    void registerDatasetRejectsUnknownTermsAndDsWithoutDisease() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDataset(
                        "ds-1",
                        "node-it-1",
                        BREAST_MG,
                        new DataUseConditions(List.of("DS", "XYZ"), null),
                        false,
                        ADMIN,
                        T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "conditions.codes[1]",
                        ErrorCodes.UNKNOWN_DUO_TERM,
                        "conditions.disease",
                        ErrorCodes.REQUIRED));
    }

    @Test
    void registerDatasetRejectsTwoPermissionsAndBadMetadata() {
        DatasetMetadata bad = new DatasetMetadata(" ", "MONDO:9999999", List.of("XR"), 10, 5);
        fixture.givenNoPriorActivity()
                .when(new RegisterDataset(
                        "ds-1", "node-it-1", bad, new DataUseConditions(List.of("GRU", "HMB"), null), false, ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(
                        Kind.INVALID_INPUT,
                        "metadata.title",
                        ErrorCodes.REQUIRED,
                        "metadata.cancerType",
                        ErrorCodes.UNKNOWN_MONDO_TERM,
                        "metadata.cases",
                        ErrorCodes.FEWER_CASES_THAN_SUBJECTS,
                        "metadata.modalities[0]",
                        ErrorCodes.NOT_ONE_OF,
                        "conditions.codes",
                        ErrorCodes.ONE_PERMISSION));
    }

    @Test
    void updateMetadata() {
        DatasetMetadata updated = new DatasetMetadata("Breast MG v2", "MONDO:0007254", List.of("MG", "US"), 1300, 5000);
        fixture.given(datasetRegistered())
                .when(new UpdateDatasetMetadata("ds-1", updated, ADMIN, T0.plusSeconds(1)))
                .expectEvents(new DatasetMetadataUpdated("ds-1", updated, ADMIN, T0.plusSeconds(1)));
    }

    @Test
    void updateMetadataRejectsZeroSubjects() {
        DatasetMetadata updated = new DatasetMetadata("Breast MG v2", "MONDO:0007254", List.of("MG"), 0, 0);
        fixture.given(datasetRegistered())
                .when(new UpdateDatasetMetadata("ds-1", updated, ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "metadata.subjects", ErrorCodes.NOT_POSITIVE));
    }

    @Test
    void updateMetadataOfRetiredDatasetIsRefused() {
        fixture.given(datasetRegistered(), datasetRetired())
                .when(new UpdateDatasetMetadata("ds-1", BREAST_MG, ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.DATASET_RETIRED));
    }

    @Test
    void retire() {
        fixture.given(datasetRegistered())
                .when(new RetireDataset("ds-1", "consent basis ended", ADMIN, T0.plusSeconds(60)))
                .expectEvents(datasetRetired());
    }

    @Test
    void retireNeedsReason() {
        fixture.given(datasetRegistered())
                .when(new RetireDataset("ds-1", "", ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_INPUT, "reason", ErrorCodes.REQUIRED));
    }

    @Test
    void retireTwiceIsRefused() {
        fixture.given(datasetRegistered(), datasetRetired())
                .when(new RetireDataset("ds-1", "again", ADMIN, T0))
                .expectNoEvents()
                .expectException(refused(Kind.INVALID_STATE, ErrorCodes.DATASET_RETIRED));
    }

    @Test
    void retiredEventCarriesReason() {
        fixture.given(datasetRegistered())
                .when(new RetireDataset("ds-1", "  consent basis ended ", ADMIN, T0.plusSeconds(60)))
                .expectEvents(new DatasetRetired("ds-1", "consent basis ended", ADMIN, T0.plusSeconds(60)));
    }
}
