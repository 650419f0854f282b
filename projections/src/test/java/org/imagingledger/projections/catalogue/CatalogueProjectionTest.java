package org.imagingledger.projections.catalogue;

import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.domain.catalogue.api.DatasetMetadataUpdated;
import org.imagingledger.domain.catalogue.api.DatasetRegistered;
import org.imagingledger.domain.catalogue.api.DatasetRetired;
import org.imagingledger.domain.catalogue.api.NodeRegistered;
import org.imagingledger.domain.catalogue.api.NodeTokenRotated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class CatalogueProjectionTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @Autowired
    NodeViewRepository nodes;

    @Autowired
    DatasetViewRepository datasets;

    private CatalogueProjection projection;
    private CatalogueQueries queries;

    @BeforeEach
    void setUp() {
        queries = new CatalogueQueries(nodes, datasets, java.time.Duration.ofSeconds(10));
        projection = new CatalogueProjection(nodes, datasets, queries);
    }

    @Test
    void nodeIsFoundByTheHashOfItsCurrentTokenOnly() {
        projection.on(new NodeRegistered("n1", "Hospital", "IT", "a".repeat(64), "admin", T0));
        assertThat(queries.nodeByTokenSha256("a".repeat(64))).contains("n1");

        projection.on(new NodeTokenRotated("n1", "b".repeat(64), "admin", T0.plusSeconds(1)));
        assertThat(queries.nodeByTokenSha256("a".repeat(64))).isEmpty();
        assertThat(queries.nodeByTokenSha256("b".repeat(64))).contains("n1");
    }

    @Test
    void datasetViewFollowsRegistrationUpdateAndRetirement() {
        projection.on(new DatasetRegistered(
                "d1",
                "n1",
                new DatasetMetadata("Breast MG", "MONDO:0007254", List.of("MG"), 10, 20),
                new DataUseConditions(List.of("DUO:0000007"), "MONDO:0007254"),
                true,
                "n1",
                T0));
        projection.on(new DatasetMetadataUpdated(
                "d1",
                new DatasetMetadata("Breast MG v2", "MONDO:0007254", List.of("MG", "US"), 12, 30),
                "n1",
                T0.plusSeconds(5)));

        DatasetView view = queries.dataset("d1").orElseThrow();
        assertThat(view.getTitle()).isEqualTo("Breast MG v2");
        assertThat(view.getModalities()).containsExactly("MG", "US");
        assertThat(view.getDuoCodes()).containsExactly("DUO:0000007");
        assertThat(view.getDisease()).isEqualTo("MONDO:0007254");
        assertThat(view.isNodeApprovalRequired()).isTrue();
        assertThat(view.isRetired()).isFalse();

        projection.on(new DatasetRetired("d1", "superseded", "n1", T0.plusSeconds(9)));
        assertThat(queries.dataset("d1").orElseThrow().isRetired()).isTrue();
        assertThat(queries.datasetsOf("n1"))
                .extracting(DatasetView::getDatasetId)
                .containsExactly("d1");
    }
}
