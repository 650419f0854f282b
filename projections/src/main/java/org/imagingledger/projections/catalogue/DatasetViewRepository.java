package org.imagingledger.projections.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DatasetViewRepository
        extends JpaRepository<DatasetView, String>, JpaSpecificationExecutor<DatasetView> {

    List<DatasetView> findByNodeIdOrderByDatasetId(String nodeId);
}
