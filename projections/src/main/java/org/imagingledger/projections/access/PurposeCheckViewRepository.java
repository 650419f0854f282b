package org.imagingledger.projections.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurposeCheckViewRepository extends JpaRepository<PurposeCheckView, String> {

    List<PurposeCheckView> findByRequestIdOrderByDatasetId(String requestId);
}
