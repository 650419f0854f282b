package org.imagingledger.application.access;

import java.time.Clock;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.catalogue.CatalogueQueries;
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

    public AccessQueries.Detail readable(String requestId, Caller caller) {
        AccessQueries.Detail detail = access.request(requestId, clock.instant())
                .orElseThrow(() -> CommandRejected.notFound("access request", requestId));
        if (!mayRead(detail.request(), caller)) {
            throw CommandRejected.forbidden(ErrorCodes.NOT_YOURS, "request " + requestId + " is not yours to read");
        }
        return detail;
    }

    /** The DAC side (members, chair, auditors, governance admins). */
    public static boolean seesPanel(Caller caller) {
        return caller.overseesLedger();
    }

    private boolean mayRead(AccessRequestView request, Caller caller) {
        if (seesPanel(caller)) {
            return true;
        }
        if (caller.isNode()) {
            return request.getDatasets().stream()
                    .anyMatch(d -> catalogue
                            .dataset(d)
                            .map(ds -> ds.getNodeId().equals(caller.nodeId()))
                            .orElse(false));
        }
        return request.getApplicant().equals(caller.name()) || request.getTeam().contains(caller.name());
    }
}
