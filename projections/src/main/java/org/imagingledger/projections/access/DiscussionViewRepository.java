package org.imagingledger.projections.access;

import java.util.Collection;
import java.util.List;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DiscussionViewRepository extends JpaRepository<DiscussionView, String> {

    List<DiscussionView> findByRequestIdOrderByPostedAtAscEntryIdAsc(String requestId);

    String AWAITING_ANSWER = " from DiscussionView d where d.kind = :kind and d.answeredAt is null and exists"
            + " (select v from AccessRequestView v where v.requestId = d.requestId and v.status in :answerable"
            + " and (v.applicant = :person or concat(',', v.team, ',') like :pattern escape '\\'))";

    @Query(value = "select d" + AWAITING_ANSWER, countQuery = "select count(d)" + AWAITING_ANSWER)
    Page<DiscussionView> awaitingAnswer(
            @Param("kind") DiscussionView.Kind kind,
            @Param("answerable") Collection<AccessRequestStatus> answerable,
            @Param("person") String person,
            @Param("pattern") String pattern,
            Pageable page);
}
