package org.imagingledger.web.permit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.domain.permit.api.ExtendPermit;
import org.imagingledger.domain.permit.api.ReinstatePermit;
import org.imagingledger.domain.permit.api.ReportDataUse;
import org.imagingledger.domain.permit.api.RevokePermit;
import org.imagingledger.domain.permit.api.SuspendPermit;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.permit.DataUseView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.imagingledger.web.catalogue.CatalogueService;
import org.springframework.stereotype.Service;

/** Checks what only the views know (does the permit exist, does the node hold the dataset), then sends the command. */
@Service
public class PermitService {

    private final CommandGateway commands;
    private final PermitQueries permits;
    private final CatalogueQueries catalogue;
    private final CatalogueService catalogueService;
    private final Clock clock;

    PermitService(CommandGateway commands, PermitQueries permits, CatalogueQueries catalogue,
                  CatalogueService catalogueService, Clock clock) {
        this.commands = commands;
        this.permits = permits;
        this.catalogue = catalogue;
        this.catalogueService = catalogueService;
        this.clock = clock;
    }

    /** What a node reports about one use of its data. */
    public record DataUse(String useId, String permitId, String datasetId, String tool, String toolVersion,
                          String operation, long subjects, Instant startedAt, Instant endedAt) {
    }

    public PermitView permit(String permitId) {
        return permits.permit(permitId).orElseThrow(() -> CommandRejected.notFound("permit", permitId));
    }

    public void suspend(String permitId, String reason, String actor) {
        permit(permitId);
        commands.sendAndWait(new SuspendPermit(permitId, reason, actor, clock.instant()));
    }

    public void reinstate(String permitId, String actor) {
        permit(permitId);
        commands.sendAndWait(new ReinstatePermit(permitId, actor, clock.instant()));
    }

    public void extend(String permitId, Instant newValidUntil, String reason, String actor) {
        permit(permitId);
        commands.sendAndWait(new ExtendPermit(permitId, newValidUntil, reason, actor, clock.instant()));
    }

    public void revoke(String permitId, String reason, String actor) {
        permit(permitId);
        commands.sendAndWait(new RevokePermit(permitId, reason, actor, clock.instant()));
    }

    /**
     * Records a use the node made of its own dataset; a use of another node's dataset is
     * refused (403), since only the holder can know what was done with its images.
     */
    public DataUseView reportDataUse(String nodeId, DataUse use) {
        if (use.permitId() == null || use.permitId().isBlank()) {
            throw CommandRejected.invalid("permitId", "must not be blank");
        }
        if (use.datasetId() == null || use.datasetId().isBlank()) {
            throw CommandRejected.invalid("datasetId", "must not be blank");
        }
        if (permits.permit(use.permitId()).isEmpty()) {
            throw CommandRejected.unprocessable("permitId", "names no permit");
        }
        if (catalogue.dataset(use.datasetId()).isEmpty()) {
            throw CommandRejected.unprocessable("datasetId", "names no registered dataset");
        }
        catalogueService.datasetHeldBy(use.datasetId(), nodeId);
        String useId = use.useId() == null || use.useId().isBlank() ? "use-" + UUID.randomUUID() : use.useId();
        if (permits.dataUse(useId).isPresent()) {
            throw CommandRejected.state("data use " + useId + " is already reported");
        }
        commands.sendAndWait(new ReportDataUse(use.permitId(), useId, nodeId, use.datasetId(), use.tool(),
                use.toolVersion(), use.operation(), use.subjects(), use.startedAt(), use.endedAt(),
                "node:" + nodeId, clock.instant()));
        return permits.dataUse(useId).orElseThrow();
    }

    public List<DataUseView> dataUses(String permitId, String nodeId, boolean flaggedOnly) {
        return permits.dataUses(permitId, nodeId, flaggedOnly);
    }
}
