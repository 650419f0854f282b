package org.imagingledger.web.access;

import java.time.Clock;
import java.util.Optional;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.web.security.Actors;
import org.springframework.stereotype.Component;

/**
 * Who may read a request: the DAC, auditors and governance admins any; the applicant and the
 * team their own; a node those that ask for one of its datasets. Only the DAC side sees the
 * panel (who reviews and how they voted).
 */
@Component
public class RequestAccess {

    private final AccessQueries access;
    private final CatalogueQueries catalogue;
    private final Clock clock;

    RequestAccess(AccessQueries access, CatalogueQueries catalogue, Clock clock) {
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    AccessQueries.Detail readable(String requestId) {
        AccessQueries.Detail detail = access.request(requestId, clock.instant())
                .orElseThrow(() -> CommandRejected.notFound("access request", requestId));
        if (!mayRead(detail.request())) {
            throw CommandRejected.forbidden("request " + requestId + " is not yours to read");
        }
        return detail;
    }

    /** The DAC side (members, chair, auditors, governance admins): public for the home page's counts. */
    public static boolean seesPanel() {
        return Actors.overseesLedger();
    }

    private boolean mayRead(AccessRequestView request) {
        if (seesPanel()) {
            return true;
        }
        Optional<String> node = Actors.currentNode();
        if (node.isPresent()) {
            return request.getDatasets().stream().anyMatch(d -> catalogue.dataset(d)
                    .map(ds -> ds.getNodeId().equals(node.get())).orElse(false));
        }
        String me = Actors.current();
        return request.getApplicant().equals(me) || request.getTeam().contains(me);
    }
}
