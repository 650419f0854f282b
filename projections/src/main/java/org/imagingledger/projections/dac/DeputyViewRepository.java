package org.imagingledger.projections.dac;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeputyViewRepository extends JpaRepository<DeputyView, String> {}
