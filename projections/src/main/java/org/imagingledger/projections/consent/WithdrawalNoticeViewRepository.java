package org.imagingledger.projections.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WithdrawalNoticeViewRepository extends JpaRepository<WithdrawalNoticeView, String> {

    List<WithdrawalNoticeView> findByAcknowledgedAtIsNullOrderByIssuedAtAscNoticeIdAsc();

    List<WithdrawalNoticeView> findByConsentIdOrderByNoticeId(String consentId);
}
