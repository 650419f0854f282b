package org.imagingledger.projections.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ConsentViewRepository
        extends JpaRepository<ConsentView, String>, JpaSpecificationExecutor<ConsentView> {

    List<ConsentView> findByNodeIdAndPseudonymAndStatus(String nodeId, String pseudonym, String status);

    List<ConsentView> findByNodeIdOrderByConsentId(String nodeId);
}
