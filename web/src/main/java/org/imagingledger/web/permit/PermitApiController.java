package org.imagingledger.web.permit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.application.permit.PermitAccess;
import org.imagingledger.application.permit.PermitService;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The permit register and the data-use log. The DAC chair changes permits; a governance admin
 * may also suspend or revoke one, to stop use at once in an incident (a breach at a node, a
 * security alert) without waiting for the chair; only the chair reinstates or extends.
 */
@RestController
@RequestMapping("/api/v1")
class PermitApiController {

    private final PermitService service;
    private final PermitAccess access;
    private final Clock clock;
    private final Duration soon;

    PermitApiController(
            PermitService service,
            PermitAccess access,
            Clock clock,
            @Value("${ledger.permits.expiring-soon:P30D}") Duration soon) {
        this.service = service;
        this.access = access;
        this.clock = clock;
        this.soon = soon;
    }

    record ReasonForm(String reason) {}

    record ExtendForm(Instant validUntil, String reason) {}

    record DataUseForm(
            String id,
            String permitId,
            String datasetId,
            String tool,
            String toolVersion,
            String operation,
            Long subjects,
            Instant startedAt,
            Instant endedAt) {}

    /** Researchers see their own permits, nodes those covering their datasets, the others all. */
    @GetMapping("/permits")
    @PreAuthorize(Allowed.ANY_ROLE)
    List<PermitDto> permits(@RequestParam(required = false) PermitStatus status) {
        Instant now = clock.instant();
        return access.visible(Callers.current()).stream()
                .filter(p -> status == null || p.getStatus() == status)
                .map(p -> PermitDto.of(p, now, soon))
                .toList();
    }

    @GetMapping("/permits/{id}")
    @PreAuthorize(Allowed.ANY_ROLE)
    PermitDto permit(@PathVariable String id) {
        return PermitDto.of(access.visible(id, Callers.current()), clock.instant(), soon);
    }

    @PostMapping("/permits/{id}/suspend")
    @PreAuthorize(Allowed.CHAIR_OR_ADMIN)
    PermitDto suspend(@PathVariable String id, @RequestBody ReasonForm form) {
        service.suspend(id, form.reason(), Callers.current());
        return permit(id);
    }

    @PostMapping("/permits/{id}/reinstate")
    @PreAuthorize(Allowed.CHAIR)
    PermitDto reinstate(@PathVariable String id) {
        service.reinstate(id, Callers.current());
        return permit(id);
    }

    @PostMapping("/permits/{id}/extend")
    @PreAuthorize(Allowed.CHAIR)
    PermitDto extend(@PathVariable String id, @RequestBody ExtendForm form) {
        service.extend(id, form.validUntil(), form.reason(), Callers.current());
        return permit(id);
    }

    @PostMapping("/permits/{id}/revoke")
    @PreAuthorize(Allowed.CHAIR_OR_ADMIN)
    PermitDto revoke(@PathVariable String id, @RequestBody ReasonForm form) {
        service.revoke(id, form.reason(), Callers.current());
        return permit(id);
    }

    /** A node reports a use of one of its own datasets under a permit; the answer says whether it was flagged. */
    @PostMapping("/data-uses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.NODE)
    DataUseDto reportDataUse(@RequestBody DataUseForm form) {
        if (form.subjects() == null) {
            throw CommandRejected.invalid("subjects", ErrorCodes.REQUIRED, "is required");
        }
        return DataUseDto.of(service.reportDataUse(
                new PermitService.DataUse(
                        form.id(),
                        form.permitId(),
                        form.datasetId(),
                        form.tool(),
                        form.toolVersion(),
                        form.operation(),
                        form.subjects(),
                        form.startedAt(),
                        form.endedAt()),
                Callers.current()));
    }

    /** The data-use log, newest first; a node sees only the uses it reported. */
    @GetMapping("/data-uses")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    List<DataUseDto> dataUses(
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(required = false) String permit,
            @RequestParam(required = false) String node) {
        String nodeFilter = Callers.current().node().orElse(node);
        return service.dataUses(permit, nodeFilter, flagged).stream()
                .map(DataUseDto::of)
                .toList();
    }
}
