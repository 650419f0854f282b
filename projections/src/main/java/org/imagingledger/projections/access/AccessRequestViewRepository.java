package org.imagingledger.projections.access;

import java.util.List;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccessRequestViewRepository extends JpaRepository<AccessRequestView, String> {

    List<AccessRequestView> findByApplicantOrderByCreatedAtDesc(String applicant);

    List<AccessRequestView> findByStatusNot(AccessRequestStatus status);

    List<AccessRequestView> findByStatusInOrderByDeadline(List<AccessRequestStatus> statuses);

    @Query("select v.status, count(v) from AccessRequestView v group by v.status")
    List<Object[]> countByStatus();
}
