package org.imagingledger.application.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredBundleRepository extends JpaRepository<StoredBundle, String> {}
