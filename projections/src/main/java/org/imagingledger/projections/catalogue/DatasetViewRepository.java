package org.imagingledger.projections.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DatasetViewRepository extends JpaRepository<DatasetView, String> {

    List<DatasetView> findByNodeIdOrderByDatasetId(String nodeId);
}
