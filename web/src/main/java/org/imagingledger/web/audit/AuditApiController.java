package org.imagingledger.web.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import org.imagingledger.application.audit.CheckpointService;
import org.imagingledger.application.audit.ExportService;
import org.imagingledger.application.audit.LedgerKey;
import org.imagingledger.application.audit.ProofService;
import org.imagingledger.application.audit.VerificationReport;
import org.imagingledger.application.audit.VerificationService;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Checkpoints, proofs, verification and export packages under /api/v1/audit. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    record CheckpointDto(
            String checkpointId,
            long treeSize,
            String rootHash,
            String time,
            String keyId,
            long globalIndex,
            String text,
            String signature) {
        static CheckpointDto of(CheckpointService.SignedCheckpoint c) {
            return new CheckpointDto(
                    c.checkpointId(),
                    c.checkpoint().size(),
                    c.checkpoint().rootHex(),
                    c.checkpoint().time().toString(),
                    c.checkpoint().keyId(),
                    c.globalIndex(),
                    c.checkpoint().text(),
                    c.signature());
        }
    }

    private final CheckpointService checkpoints;
    private final ProofService proofs;
    private final VerificationService verification;
    private final ExportService exports;
    private final LedgerKey key;
    private final ObjectMapper json;

    AuditApiController(
            CheckpointService checkpoints,
            ProofService proofs,
            VerificationService verification,
            ExportService exports,
            LedgerKey key,
            ObjectMapper json) {
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.verification = verification;
        this.exports = exports;
        this.key = key;
        this.json = json;
    }

    /** The key that signs checkpoints and manifests: what an auditor passes as --trusted-key. */
    @GetMapping(value = "/public-key", produces = "application/x-pem-file")
    String publicKey() {
        return key.key().publicPem();
    }

    @GetMapping("/checkpoints")
    @PreAuthorize(Allowed.AUDIT)
    PageDto<CheckpointDto> checkpoints(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageDto.of(checkpoints.page(PageParams.of(page, size), false), CheckpointDto::of);
    }

    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.AUDIT)
    CheckpointDto recordCheckpoint() {
        return CheckpointDto.of(checkpoints.record(Callers.current().name()));
    }

    @GetMapping("/proofs/inclusion")
    @PreAuthorize(Allowed.AUDIT)
    ProofService.InclusionProof inclusion(
            @RequestParam long globalIndex, @RequestParam(required = false) Long checkpointSize) {
        return proofs.inclusion(globalIndex, checkpointSize);
    }

    @GetMapping("/proofs/consistency")
    @PreAuthorize(Allowed.AUDIT)
    ProofService.ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        return proofs.consistency(from, to);
    }

    @PostMapping("/verification")
    @PreAuthorize(Allowed.AUDIT)
    VerificationReport verify() {
        return verification.run();
    }

    @GetMapping("/verification")
    @PreAuthorize(Allowed.AUDIT)
    VerificationReport lastVerification() {
        VerificationReport last = verification.last();
        if (last == null) {
            throw CommandRejected.notFound("verification", "(none has run yet)");
        }
        return last;
    }

    /** The zip package; its id and SHA-256 also come as headers, and the export is recorded as an event. */
    @PostMapping(
            value = "/exports",
            produces = {"application/zip", MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize(Allowed.AUDITOR)
    void export(@RequestBody(required = false) Map<String, Object> body, HttpServletResponse response)
            throws IOException {
        ExportRequest request = ExportRequest.read(body == null ? Map.of() : body, json);
        ExportService.Export export = exports.export(request.toFilter(), Callers.current());
        send(export, response);
    }

    static void send(ExportService.Export export, HttpServletResponse response) throws IOException {
        try {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + export.exportId() + ".zip\"");
            response.setHeader("X-Export-Id", export.exportId());
            response.setHeader("X-Package-SHA256", export.sha256());
            response.setHeader("X-Events", Long.toString(export.events()));
            response.setContentLengthLong(Files.size(export.file()));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(export.file(), out);
            }
        } finally {
            ExportService.delete(export.file());
        }
    }
}
