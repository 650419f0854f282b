package org.imagingledger.projections.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentViewRepository extends JpaRepository<ConsentView, String> {

    List<ConsentView> findByNodeIdAndPseudonymAndStatus(String nodeId, String pseudonym, String status);

    List<ConsentView> findByNodeIdOrderByConsentId(String nodeId);
}
