package org.imagingledger.projections.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyBundleViewRepository extends JpaRepository<PolicyBundleView, String> {

    Optional<PolicyBundleView> findFirstByActiveTrue();

    List<PolicyBundleView> findAllByOrderByPublishedAtDesc();

    Page<PolicyBundleView> findAllByOrderByPublishedAtDescRevisionAsc(Pageable page);
}
