package org.imagingledger.application.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.audit.export.ExportFilter;
import org.imagingledger.audit.export.ExportWriter;
import org.imagingledger.audit.export.PackageInfo;
import org.imagingledger.domain.audit.api.RecordExport;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Makes an export package: signs a fresh checkpoint, streams the log through the package
 * writer into a temporary file, then records the export (who, when, filters, the package's
 * SHA-256) as an event, so that later exports show it. The caller sends the file and deletes it.
 */
@Service
public class ExportService {

    public record Export(String exportId, Path file, String sha256, long events, long checkpointSize) {}

    private final CheckpointService checkpoints;
    private final LedgerTree tree;
    private final EventLog log;
    private final LedgerKey key;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    ExportService(
            CheckpointService checkpoints,
            LedgerTree tree,
            EventLog log,
            LedgerKey key,
            CommandGateway commands,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.tree = tree;
        this.log = log;
        this.key = key;
        this.commands = commands;
    }

    /** An export of events of a type that was never stored is almost surely a misspelling: refused (422). */
    public Export export(ExportFilter filter, Caller caller) {
        String type = filter.eventType();
        if (type != null) {
            List<String> types =
                    jdbc.queryForList("select distinct payload_type from domain_event_entry", String.class);
            if (types.stream().noneMatch(t -> t.equals(type) || t.endsWith("." + type))) {
                throw CommandRejected.unprocessable(
                        "eventType", ErrorCodes.UNKNOWN_EVENT_TYPE, "no stored event has the type " + type, type);
            }
        }
        String actor = caller.name();
        CheckpointService.SignedCheckpoint anchor = checkpoints.record(actor);
        String exportId = "exp-" + UUID.randomUUID();
        PackageInfo info = new PackageInfo(exportId, actor, checkpoints.now(), filter);
        Path file;
        ExportWriter.Result result;
        try {
            file = Files.createTempFile("ledger-export", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            result = tree.read(t -> {
                Holder holder = new Holder();
                log.read(-1, events -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                        holder.result = ExportWriter.write(
                                events, t, anchor.checkpoint(), anchor.signatureBytes(), key.key(), info, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return holder.result;
            });
        } catch (IllegalStateException e) {
            delete(file);
            throw CommandRejected.state(
                    ErrorCodes.LOG_TAMPERED,
                    "the stored events no longer match the signed log, so no export can be " + "proved: "
                            + e.getMessage() + " (run the verification for details)");
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filter.toMap().forEach((k, v) -> filters.put(k, String.valueOf(v)));
        commands.sendAndWait(new RecordExport(
                exportId,
                filters,
                result.events(),
                anchor.checkpoint().size(),
                result.sha256(),
                actor,
                info.exportedAt()));
        return new Export(
                exportId,
                file,
                result.sha256(),
                result.events(),
                anchor.checkpoint().size());
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temp folder
        }
    }

    private static final class Holder {
        ExportWriter.Result result;
    }
}
