package org.imagingledger.web.permit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.imagingledger.application.permit.PermitAccess;
import org.imagingledger.application.permit.PermitService;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.permit.DataUseFilter;
import org.imagingledger.projections.permit.PermitFilter;
import org.imagingledger.projections.permit.PermitState;
import org.imagingledger.web.config.PageDto;
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

    /**
     * Researchers see their own permits, nodes those covering their datasets, the others all;
     * soonest end first. Filters: status, holder, a dataset, a node (the permit covers one of its
     * datasets), the time of issue.
     */
    @GetMapping("/permits")
    @PreAuthorize(Allowed.ANY_ROLE)
    PageDto<PermitDto> permits(
            @RequestParam(required = false) PermitState status,
            @RequestParam(required = false) String holder,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Instant now = clock.instant();
        PermitFilter filter = filter(access, status, holder, dataset, node, from, to, now);
        return PageDto.of(
                access.visible(Callers.current(), filter, PageParams.of(page, size)), p -> PermitDto.of(p, now, soon));
    }

    static PermitFilter filter(
            PermitAccess access,
            PermitState status,
            String holder,
            String dataset,
            String node,
            Instant from,
            Instant to,
            Instant now) {
        ordered(from, to);
        String n = Specs.blankToNull(node);
        return new PermitFilter(
                status == null ? null : status.name(),
                Specs.blankToNull(holder),
                null,
                Specs.blankToNull(dataset),
                n == null ? null : access.datasetsOfNode(n),
                from,
                to,
                now);
    }

    static void ordered(Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw CommandRejected.invalid("to", ErrorCodes.NOT_AFTER, "must be after from", "from");
        }
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
    PermitDto reinstate(@PathVariable String id, @RequestBody ReasonForm form) {
        service.reinstate(id, form.reason(), Callers.current());
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

    /** The data-use log, newest first; a node sees only the uses it reported. Filters as named; time: the use's start. */
    @GetMapping("/data-uses")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    PageDto<DataUseDto> dataUses(
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(required = false) String permit,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ordered(from, to);
        DataUseFilter filter = new DataUseFilter(
                Specs.blankToNull(permit), Specs.blankToNull(node), Specs.blankToNull(dataset), flagged, from, to);
        return PageDto.of(service.dataUses(filter, PageParams.of(page, size), Callers.current()), DataUseDto::of);
    }
}
