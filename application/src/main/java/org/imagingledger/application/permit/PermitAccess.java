package org.imagingledger.application.permit;

import java.util.List;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.permit.PermitFilter;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.data.domain.Page;
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

    public static boolean seesAll(Caller caller) {
        return caller.overseesLedger();
    }

    /** The register as the caller may see it (the home page counts the same list). */
    public List<PermitView> visible(Caller caller) {
        if (seesAll(caller)) {
            return permits.permits();
        }
        if (caller.isNode()) {
            return permits.permitsCovering(datasetsOf(caller.nodeId()));
        }
        return permits.permitsOfMember(caller.name());
    }

    /** A page of the register as the caller may see it, filtered. */
    public Page<PermitView> visible(Caller caller, PermitFilter filter, PageParams page) {
        PermitFilter scoped = filter;
        if (!seesAll(caller)) {
            scoped = caller.isNode()
                    ? filter.withAnyDataset(datasetsOf(caller.nodeId()))
                    : filter.withMember(caller.name());
        }
        return permits.permits(scoped, page.pageable());
    }

    /** The datasets of a node, for a filter by node. */
    public List<String> datasetsOfNode(String nodeId) {
        return datasetsOf(nodeId);
    }

    /** The permit, or 404 when it does not exist and 403 when the caller may not see it. */
    public PermitView visible(String permitId, Caller caller) {
        PermitView permit = permits.permit(permitId).orElseThrow(() -> CommandRejected.notFound("permit", permitId));
        if (seesAll(caller)) {
            return permit;
        }
        boolean allowed = caller.isNode()
                ? datasetsOf(caller.nodeId()).stream().anyMatch(permit::covers)
                : permit.isMember(caller.name());
        if (!allowed) {
            throw CommandRejected.notFound("permit", permitId);
        }
        return permit;
    }

    private List<String> datasetsOf(String nodeId) {
        return catalogue.datasetsOf(nodeId).stream()
                .map(DatasetView::getDatasetId)
                .toList();
    }
}
