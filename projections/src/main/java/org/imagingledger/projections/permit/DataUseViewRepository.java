package org.imagingledger.projections.permit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DataUseViewRepository
        extends JpaRepository<DataUseView, String>, JpaSpecificationExecutor<DataUseView> {

    /** Null filters match everything; flaggedOnly false matches flagged and clean uses. */
    @Query("select u from DataUseView u where (:permitId is null or u.permitId = :permitId)"
            + " and (:nodeId is null or u.nodeId = :nodeId) and (:flaggedOnly = false or u.flagged = true)"
            + " order by u.reportedAt desc, u.useId")
    List<DataUseView> search(
            @Param("permitId") String permitId,
            @Param("nodeId") String nodeId,
            @Param("flaggedOnly") boolean flaggedOnly);
}
