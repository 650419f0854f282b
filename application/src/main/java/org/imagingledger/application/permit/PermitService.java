package org.imagingledger.application.permit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.permit.api.ExtendPermit;
import org.imagingledger.domain.permit.api.ReinstatePermit;
import org.imagingledger.domain.permit.api.ReportDataUse;
import org.imagingledger.domain.permit.api.RevokePermit;
import org.imagingledger.domain.permit.api.SuspendPermit;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.permit.DataUseFilter;
import org.imagingledger.projections.permit.DataUseView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/** Checks what only the views know (does the permit exist, does the node hold the dataset), then sends the command. */
@Service
public class PermitService {

    private final CommandGateway commands;
    private final PermitQueries permits;
    private final CatalogueQueries catalogue;
    private final CatalogueService catalogueService;
    private final Clock clock;

    PermitService(
            CommandGateway commands,
            PermitQueries permits,
            CatalogueQueries catalogue,
            CatalogueService catalogueService,
            Clock clock) {
        this.commands = commands;
        this.permits = permits;
        this.catalogue = catalogue;
        this.catalogueService = catalogueService;
        this.clock = clock;
    }

    /** What a node reports about one use of its data. */
    public record DataUse(
            String useId,
            String permitId,
            String datasetId,
            String tool,
            String toolVersion,
            String operation,
            long subjects,
            Instant startedAt,
            Instant endedAt) {}

    public PermitView permit(String permitId) {
        return permits.permit(permitId).orElseThrow(() -> CommandRejected.notFound("permit", permitId));
    }

    public void suspend(String permitId, String reason, Caller caller) {
        permit(permitId);
        commands.sendAndWait(new SuspendPermit(permitId, reason, caller.name(), clock.instant()));
    }

    public void reinstate(String permitId, String reason, Caller caller) {
        permit(permitId);
        commands.sendAndWait(new ReinstatePermit(permitId, reason, caller.name(), clock.instant()));
    }

    public void extend(String permitId, Instant newValidUntil, String reason, Caller caller) {
        permit(permitId);
        commands.sendAndWait(new ExtendPermit(permitId, newValidUntil, reason, caller.name(), clock.instant()));
    }

    public void revoke(String permitId, String reason, Caller caller) {
        permit(permitId);
        commands.sendAndWait(new RevokePermit(permitId, reason, caller.name(), clock.instant()));
    }

    /**
     * Records a use the node made of its own dataset; a use of another node's dataset is
     * refused (403), since only the holder can know what was done with its images.
     */
    public DataUseView reportDataUse(DataUse use, Caller caller) {
        String nodeId = caller.node()
                .orElseThrow(
                        () -> CommandRejected.forbidden(ErrorCodes.NODE_ONLY, "only a node reports its data uses"));
        if (use.permitId() == null || use.permitId().isBlank()) {
            throw CommandRejected.invalid("permitId", ErrorCodes.REQUIRED, "is required");
        }
        if (use.datasetId() == null || use.datasetId().isBlank()) {
            throw CommandRejected.invalid("datasetId", ErrorCodes.REQUIRED, "is required");
        }
        if (permits.permit(use.permitId()).isEmpty()) {
            throw CommandRejected.unprocessable(
                    "permitId", ErrorCodes.UNKNOWN_REFERENCE, "names no permit", use.permitId());
        }
        if (catalogue.dataset(use.datasetId()).isEmpty()) {
            throw CommandRejected.unprocessable(
                    "datasetId", ErrorCodes.UNKNOWN_REFERENCE, "names no registered dataset", use.datasetId());
        }
        catalogueService.datasetHeldBy(use.datasetId(), nodeId);
        String useId = use.useId() == null || use.useId().isBlank() ? "use-" + UUID.randomUUID() : use.useId();
        if (permits.dataUse(useId).isPresent()) {
            throw CommandRejected.duplicate("id", useId);
        }
        commands.sendAndWait(new ReportDataUse(
                use.permitId(),
                useId,
                nodeId,
                use.datasetId(),
                use.tool(),
                use.toolVersion(),
                use.operation(),
                use.subjects(),
                use.startedAt(),
                use.endedAt(),
                caller.name(),
                clock.instant()));
        return permits.dataUse(useId).orElseThrow();
    }

    public List<DataUseView> dataUses(String permitId, String nodeId, boolean flaggedOnly) {
        return permits.dataUses(permitId, nodeId, flaggedOnly);
    }

    /** A page of the data-use log, newest report first; a node sees only the uses it reported. */
    public Page<DataUseView> dataUses(DataUseFilter filter, PageParams page, Caller caller) {
        DataUseFilter scoped = caller.node().map(filter::forNode).orElse(filter);
        return permits.dataUses(scoped, page.pageable());
    }
}
