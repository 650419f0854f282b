package org.imagingledger.projections.signin;

import org.springframework.data.jpa.repository.JpaRepository;

interface LockoutViewRepository extends JpaRepository<LockoutView, Long> {}
