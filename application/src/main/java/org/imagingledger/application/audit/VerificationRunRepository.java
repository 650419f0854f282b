package org.imagingledger.application.audit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationRunRepository extends JpaRepository<VerificationRun, String> {

    Optional<VerificationRun> findFirstByOrderByFinishedAtDesc();
}
