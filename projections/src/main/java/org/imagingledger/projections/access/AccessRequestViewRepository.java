package org.imagingledger.projections.access;

import java.util.Collection;
import java.util.List;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccessRequestViewRepository
        extends JpaRepository<AccessRequestView, String>, JpaSpecificationExecutor<AccessRequestView> {

    List<AccessRequestView> findByApplicantOrderByCreatedAtDesc(String applicant);

    java.util.Optional<AccessRequestView> findByPermitId(String permitId);

    List<AccessRequestView> findByStatusNot(AccessRequestStatus status);

    List<AccessRequestView> findByStatusInOrderByDeadline(List<AccessRequestStatus> statuses);

    @Query("select v.status, count(v) from AccessRequestView v group by v.status")
    List<Object[]> countByStatus();

    @Query(
            value =
                    "select v from AccessRequestView v where v.status = :status and exists (select r from ReviewerView r"
                            + " where r.requestId = v.requestId and r.reviewer = :reviewer and r.vote is null and r.conflict = false)",
            countQuery = "select count(v) from AccessRequestView v where v.status = :status and exists (select r from"
                    + " ReviewerView r where r.requestId = v.requestId and r.reviewer = :reviewer and r.vote is null"
                    + " and r.conflict = false)")
    Page<AccessRequestView> awaitingVote(
            @Param("reviewer") String reviewer, @Param("status") AccessRequestStatus status, Pageable page);

    String AWAITING_CHAIR = " from AccessRequestView v where v.status in :open"
            + " and (v.status = :submitted or (v.quorum > 0 and v.votesCount >= v.quorum and not exists"
            + " (select n from NodeDecisionView n where n.requestId = v.requestId and n.decidedAt is null)))"
            + " and v.applicant <> :chair"
            + " and concat(',', v.team, ',') not like :pattern escape '\\'"
            + " and concat(',', coalesce(v.conflictedChairs, ''), ',') not like :pattern escape '\\'"
            + " and not exists (select r from ReviewerView r where r.requestId = v.requestId and r.reviewer = :chair)";

    @Query(value = "select v" + AWAITING_CHAIR, countQuery = "select count(v)" + AWAITING_CHAIR)
    Page<AccessRequestView> awaitingChair(
            @Param("submitted") AccessRequestStatus submitted,
            @Param("open") Collection<AccessRequestStatus> open,
            @Param("chair") String chair,
            @Param("pattern") String pattern,
            Pageable page);
}
