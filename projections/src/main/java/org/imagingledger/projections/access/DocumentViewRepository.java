package org.imagingledger.projections.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentViewRepository extends JpaRepository<DocumentView, String> {

    List<DocumentView> findByRequestIdOrderByUploadedAtAscDocumentIdAsc(String requestId);
}
