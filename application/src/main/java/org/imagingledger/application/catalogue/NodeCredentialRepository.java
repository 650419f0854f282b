package org.imagingledger.application.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NodeCredentialRepository extends JpaRepository<NodeCredential, String> {

    Optional<NodeCredential> findByDigest(String digest);

    List<NodeCredential> findByDemoTrue();
}
