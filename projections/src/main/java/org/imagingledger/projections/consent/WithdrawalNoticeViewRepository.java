package org.imagingledger.projections.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface WithdrawalNoticeViewRepository
        extends JpaRepository<WithdrawalNoticeView, String>, JpaSpecificationExecutor<WithdrawalNoticeView> {

    List<WithdrawalNoticeView> findByAcknowledgedAtIsNullOrderByIssuedAtAscNoticeIdAsc();

    List<WithdrawalNoticeView> findByConsentIdOrderByNoticeId(String consentId);
}
