package org.imagingledger.projections.access;

import java.util.Collection;
import java.util.List;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NodeDecisionViewRepository extends JpaRepository<NodeDecisionView, String> {

    List<NodeDecisionView> findByRequestIdOrderByDatasetId(String requestId);

    String PENDING = " from NodeDecisionView n where n.nodeId = :node and n.decidedAt is null and exists"
            + " (select v from AccessRequestView v where v.requestId = n.requestId and v.status in :open)";

    @Query(value = "select n" + PENDING, countQuery = "select count(n)" + PENDING)
    Page<NodeDecisionView> pendingFor(
            @Param("node") String nodeId, @Param("open") Collection<AccessRequestStatus> open, Pageable page);
}
