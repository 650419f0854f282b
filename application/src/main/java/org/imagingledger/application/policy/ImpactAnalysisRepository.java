package org.imagingledger.application.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImpactAnalysisRepository extends JpaRepository<ImpactAnalysis, String> {

    List<ImpactAnalysis> findTop10ByRevisionOrderByRequestedAtDesc(String revision);

    Optional<ImpactAnalysis> findFirstByRevisionAndStatusAndFinishedAtAfterOrderByFinishedAtDesc(
            String revision, String status, Instant after);
}
