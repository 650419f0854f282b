package org.imagingledger.web.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.access.RequestAccess;
import org.imagingledger.application.consent.NoticeAccess;
import org.imagingledger.application.permit.PermitAccess;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.permit.PermitView;
import org.imagingledger.web.config.BarChart;
import org.imagingledger.web.consent.Age;
import org.imagingledger.web.security.Callers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts for the home page, each as the page it links to would show it: the same visibility
 * rules (RequestAccess, PermitAccess, NoticeAccess) and the same expiring-soon window as the
 * permit register, so that a number never disagrees with the list behind it.
 */
@Component
class Dashboards {

    private final AccessQueries access;
    private final PermitAccess permits;
    private final ConsentQueries consents;
    private final Clock clock;
    private final Duration soon;

    Dashboards(
            AccessQueries access,
            PermitAccess permits,
            ConsentQueries consents,
            Clock clock,
            @Value("${ledger.permits.expiring-soon:P30D}") Duration soon) {
        this.access = access;
        this.permits = permits;
        this.consents = consents;
        this.clock = clock;
        this.soon = soon;
    }

    Dashboard ofCurrentUser() {
        boolean dac = RequestAccess.seesPanel(Callers.current());
        if (!dac && !Callers.current().has(Role.RESEARCHER)) {
            return Dashboard.none(); // nodes and users without a role have none of these pages
        }
        Instant now = clock.instant();
        List<PermitView> visible = permits.visible(Callers.current());
        Map<PermitStatus, Long> perStatus = new EnumMap<>(PermitStatus.class);
        for (PermitStatus status : PermitStatus.values()) {
            perStatus.put(
                    status,
                    visible.stream().filter(p -> p.getStatus() == status).count());
        }
        Dashboard.Permits permitCounts = new Dashboard.Permits(
                perStatus.get(PermitStatus.ACTIVE),
                perStatus.get(PermitStatus.SUSPENDED),
                visible.stream().filter(p -> p.isExpiringSoon(now, soon)).count(),
                visible.stream().mapToLong(PermitView::getFlaggedUses).sum());
        return new Dashboard(
                dac,
                dac ? queue(now) : mine(now),
                permitCounts,
                notices(now),
                soon.toDays(),
                BarChart.of(perStatus, "permits.status."));
    }

    private Dashboard.Requests queue(Instant now) {
        Map<AccessRequestStatus, Long> counts = access.countsByStatus();
        long open = counts.entrySet().stream()
                .filter(e -> e.getKey().isOpen())
                .mapToLong(Map.Entry::getValue)
                .sum();
        return new Dashboard.Requests(open, access.overdueCount(now));
    }

    private Dashboard.Requests mine(Instant now) {
        long[] counts = access.openAndOverdueOf(Callers.current().name(), now);
        return new Dashboard.Requests(counts[0], counts[1]);
    }

    private Dashboard.Notices notices(Instant now) {
        List<ConsentQueries.NoticeAge> pending = NoticeAccess.seesAll(Callers.current())
                ? consents.pendingNotices(now)
                : consents.noticesToHolder(Callers.current().name(), now).stream()
                        .filter(n -> n.notice().isPending())
                        .toList();
        return new Dashboard.Notices(
                pending.size(),
                pending.stream()
                        .map(ConsentQueries.NoticeAge::age)
                        .max(Duration::compareTo)
                        .map(Age::of)
                        .orElse(null));
    }
}
