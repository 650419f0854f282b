package org.imagingledger.projections.permit;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application may ask of the permit register and the data-use log. */
@Service
@Transactional(readOnly = true)
public class PermitQueries {

    private static final List<String> LIVE = List.of(PermitStatus.ACTIVE.name(), PermitStatus.SUSPENDED.name());

    private final PermitViewRepository permits;
    private final DataUseViewRepository uses;

    PermitQueries(PermitViewRepository permits, DataUseViewRepository uses) {
        this.permits = permits;
        this.uses = uses;
    }

    /** The whole register, soonest end first. */
    public List<PermitView> permits() {
        return permits.findAll(Sort.by("validUntil", "permitId"));
    }

    public Optional<PermitView> permit(String permitId) {
        return permits.findById(permitId);
    }

    /** The permits a person holds or is a member of. */
    public List<PermitView> permitsOfMember(String user) {
        return permits().stream().filter(p -> p.isMember(user)).toList();
    }

    /** The permits that cover at least one of the datasets (e.g. those a node holds). */
    public List<PermitView> permitsCovering(Collection<String> datasetIds) {
        return permits().stream()
                .filter(p -> p.getDatasets().stream().anyMatch(datasetIds::contains))
                .toList();
    }

    /** Active or suspended permits that cover at least one of the datasets. */
    public List<PermitView> livePermitsCovering(Collection<String> datasetIds) {
        return permits.findByStatusInOrderByValidUntil(LIVE).stream()
                .filter(p -> p.getDatasets().stream().anyMatch(datasetIds::contains))
                .toList();
    }

    /** Live permits whose validity has ended by now: the expiry job expires them. */
    public List<PermitView> dueForExpiry(Instant now) {
        return permits.findByStatusInAndValidUntilLessThanEqualOrderByValidUntil(LIVE, now);
    }

    /** Live permits that end within the window from now. */
    public List<PermitView> expiringSoon(Instant now, Duration window) {
        return permits.findByStatusInAndValidUntilBetweenOrderByValidUntil(LIVE, now, now.plus(window)).stream()
                .filter(p -> p.getValidUntil().isAfter(now))
                .toList();
    }

    /** The data-use log, newest report first; null filters match everything. */
    public List<DataUseView> dataUses(String permitId, String nodeId, boolean flaggedOnly) {
        return uses.search(blankToNull(permitId), blankToNull(nodeId), flaggedOnly);
    }

    public Optional<DataUseView> dataUse(String useId) {
        return uses.findById(useId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
