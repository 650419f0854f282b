package org.imagingledger.domain.catalogue;

import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.domain.catalogue.api.DatasetRegistered;
import org.imagingledger.domain.catalogue.api.DatasetRetired;
import org.imagingledger.domain.catalogue.api.NodeRegistered;

/** The canonical "given" events of the catalogue tests. */
final class CatalogueEvents {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final String ADMIN = "admin";
    static final DatasetMetadata BREAST_MG =
            new DatasetMetadata("Breast screening mammography", "MONDO:0007254", List.of("MG"), 1200, 4800);
    static final DataUseConditions HMB_NCU = new DataUseConditions(List.of("DUO:0000006", "DUO:0000046"), null);

    private CatalogueEvents() {}

    static NodeRegistered nodeRegistered() {
        return new NodeRegistered("node-it-1", "Pascale Naples", "IT", null, ADMIN, T0);
    }

    static DatasetRegistered datasetRegistered() {
        return new DatasetRegistered("ds-1", "node-it-1", BREAST_MG, HMB_NCU, true, ADMIN, T0);
    }

    static DatasetRetired datasetRetired() {
        return new DatasetRetired("ds-1", "consent basis ended", ADMIN, T0.plusSeconds(60));
    }
}
