package org.imagingledger.projections.permit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PermitViewRepository extends JpaRepository<PermitView, String>, JpaSpecificationExecutor<PermitView> {

    List<PermitView> findByStatusInAndValidUntilLessThanEqualOrderByValidUntil(
            Collection<String> statuses, Instant until);

    List<PermitView> findByStatusInAndValidUntilBetweenOrderByValidUntil(
            Collection<String> statuses, Instant from, Instant until);

    List<PermitView> findByStatusInOrderByValidUntil(Collection<String> statuses);
}
