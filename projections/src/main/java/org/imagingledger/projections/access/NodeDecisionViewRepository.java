package org.imagingledger.projections.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NodeDecisionViewRepository extends JpaRepository<NodeDecisionView, String> {

    List<NodeDecisionView> findByRequestIdOrderByDatasetId(String requestId);
}
