package org.imagingledger.projections.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface NodeViewRepository extends JpaRepository<NodeView, String>, JpaSpecificationExecutor<NodeView> {

    Optional<NodeView> findByTokenSha256(String tokenSha256);
}
