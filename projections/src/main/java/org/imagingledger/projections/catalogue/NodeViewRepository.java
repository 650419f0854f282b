package org.imagingledger.projections.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NodeViewRepository extends JpaRepository<NodeView, String> {

    Optional<NodeView> findByTokenSha256(String tokenSha256);
}
