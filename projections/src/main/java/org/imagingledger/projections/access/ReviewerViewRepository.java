package org.imagingledger.projections.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewerViewRepository extends JpaRepository<ReviewerView, String> {

    List<ReviewerView> findByRequestIdOrderByAssignedAtAscReviewerAsc(String requestId);
}
