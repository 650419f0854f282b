package org.imagingledger.projections.decision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DecisionViewRepository extends JpaRepository<DecisionView, String>, JpaSpecificationExecutor<DecisionView> {}
