package org.imagingledger.web.permit;

import java.util.List;
import java.util.Optional;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.imagingledger.web.security.Actors;
import org.springframework.stereotype.Component;

/**
 * Which permits the caller may see: the DAC, auditors and governance admins see the whole
 * register; a researcher the permits they hold or are a member of; a node those that cover
 * one of its datasets.
 */
@Component
public class PermitAccess {

    private final PermitQueries permits;
    private final CatalogueQueries catalogue;

    PermitAccess(PermitQueries permits, CatalogueQueries catalogue) {
        this.permits = permits;
        this.catalogue = catalogue;
    }

    static boolean seesAll() {
        return Actors.overseesLedger();
    }

    /** Public for the home page, which counts what the register would show. */
    public List<PermitView> visible() {
        if (seesAll()) {
            return permits.permits();
        }
        Optional<String> node = Actors.currentNode();
        if (node.isPresent()) {
            return permits.permitsCovering(datasetsOf(node.get()));
        }
        return permits.permitsOfMember(Actors.current());
    }

    /** The permit, or 404 when it does not exist and 403 when the caller may not see it. */
    PermitView visible(String permitId) {
        PermitView permit = permits.permit(permitId).orElseThrow(() -> CommandRejected.notFound("permit", permitId));
        if (seesAll()) {
            return permit;
        }
        Optional<String> node = Actors.currentNode();
        boolean allowed = node.isPresent()
                ? datasetsOf(node.get()).stream().anyMatch(permit::covers)
                : permit.isMember(Actors.current());
        if (!allowed) {
            throw CommandRejected.forbidden("permit " + permitId + " is not one of yours");
        }
        return permit;
    }

    private List<String> datasetsOf(String nodeId) {
        return catalogue.datasetsOf(nodeId).stream().map(DatasetView::getDatasetId).toList();
    }
}
