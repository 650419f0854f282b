package org.imagingledger.web.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingledger.application.consent.ConsentService;
import org.imagingledger.application.consent.NoticeAccess;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.webhook.NoticeDeliveries;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.consent.ConsentFilter;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.ConsentView;
import org.imagingledger.projections.consent.NoticeFilter;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Consent reported by nodes, and the withdrawal notices with their acknowledgements. */
@RestController
@RequestMapping("/api/v1")
class ConsentApiController {

    private final ConsentService service;
    private final ConsentQueries consents;
    private final NoticeDeliveries pushes;
    private final Clock clock;

    ConsentApiController(ConsentService service, ConsentQueries consents, NoticeDeliveries pushes, Clock clock) {
        this.service = service;
        this.consents = consents;
        this.pushes = pushes;
        this.clock = clock;
    }

    record ConsentForm(
            String id,
            String pseudonym,
            List<String> datasets,
            List<String> purposes,
            String disease,
            Instant validUntil) {}

    record ScopeForm(List<String> datasets, List<String> purposes, String disease, Instant validUntil) {
        ConsentService.Scope scope() {
            return new ConsentService.Scope(datasets, purposes, disease, validUntil);
        }
    }

    @PostMapping("/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.NODE)
    Map<String, String> record(@RequestBody ConsentForm form) {
        String id = service.record(
                form.id(),
                form.pseudonym(),
                new ConsentService.Scope(form.datasets(), form.purposes(), form.disease(), form.validUntil()),
                Callers.current());
        return Map.of("id", id);
    }

    @PutMapping("/consents/{id}/scope")
    @PreAuthorize(Allowed.NODE)
    ConsentDto changeScope(@PathVariable String id, @RequestBody ScopeForm form) {
        service.changeScope(id, form.scope(), Callers.current());
        return consent(id);
    }

    /** The answer lists the notices the withdrawal issued. */
    @PostMapping("/consents/{id}/withdraw")
    @PreAuthorize(Allowed.NODE)
    ConsentDto withdraw(@PathVariable String id) {
        service.withdraw(id, Callers.current());
        return consent(id);
    }

    /**
     * A node sees the consents it recorded; auditors and governance admins see all (and may
     * filter by node). Filters: pseudonym, a dataset covered, status (ACTIVE, WITHDRAWN).
     */
    @GetMapping("/consents")
    @PreAuthorize(Allowed.NODE_OR_AUDIT)
    PageDto<ConsentDto> consents(
            @RequestParam(required = false) String pseudonym,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ConsentFilter filter = new ConsentFilter(
                Specs.blankToNull(node),
                Specs.blankToNull(pseudonym),
                Specs.blankToNull(dataset),
                Specs.blankToNull(status));
        Optional<String> caller = Callers.current().node();
        if (caller.isPresent()) {
            filter = filter.forNode(caller.get());
        }
        return PageDto.of(
                consents.consents(filter, PageParams.of(page, size).pageable()),
                c -> ConsentDto.of(c, notices(c.getConsentId())));
    }

    @GetMapping("/consents/{id}")
    @PreAuthorize(Allowed.NODE_OR_AUDIT)
    ConsentDto consent(@PathVariable String id) {
        ConsentView consent = consents.consent(id).orElseThrow(() -> CommandRejected.notFound("consent", id));
        Callers.current()
                .node()
                .filter(node -> !node.equals(consent.getNodeId()))
                .ifPresent(node -> {
                    throw CommandRejected.notFound("consent", id);
                });
        return ConsentDto.of(consent, notices(id));
    }

    /**
     * Nodes see the notices addressed to them, researchers the notices of the permits they
     * hold; the DAC, auditors and governance admins see all. Unacknowledged first, oldest first.
     */
    @GetMapping("/withdrawal-notices")
    @PreAuthorize(Allowed.ANY_ROLE)
    PageDto<NoticeDto> notices(
            @RequestParam(defaultValue = "false") boolean pending,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String permit,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Instant now = clock.instant();
        if (from != null && to != null && !to.isAfter(from)) {
            throw CommandRejected.invalid("to", ErrorCodes.NOT_AFTER, "must be after from", "from");
        }
        NoticeFilter filter =
                new NoticeFilter(pending, Specs.blankToNull(node), null, Specs.blankToNull(permit), from, to);
        Optional<String> caller = Callers.current().node();
        if (caller.isPresent()) {
            filter = filter.toNode(caller.get());
        } else if (!NoticeAccess.seesAll(Callers.current())) {
            filter = filter.toHolder(Callers.current().name());
        }
        org.springframework.data.domain.Page<ConsentQueries.NoticeAge> found =
                consents.notices(filter, now, PageParams.of(page, size).pageable());
        List<NoticeDto> rows = dtos(
                found.getContent().stream()
                        .map(ConsentQueries.NoticeAge::notice)
                        .toList(),
                now);
        return PageDto.of(
                new org.springframework.data.domain.PageImpl<>(rows, found.getPageable(), found.getTotalElements()));
    }

    @PostMapping("/withdrawal-notices/{noticeId}/acknowledge")
    @PreAuthorize(Allowed.NODE_RESEARCHER_OR_ADMIN)
    NoticeDto acknowledge(@PathVariable String noticeId) {
        service.acknowledge(noticeId, Callers.current());
        return dtos(List.of(consents.notice(noticeId).orElseThrow()), clock.instant())
                .get(0);
    }

    private List<NoticeDto> notices(String consentId) {
        return dtos(consents.noticesOf(consentId), clock.instant());
    }

    private List<NoticeDto> dtos(List<WithdrawalNoticeView> views, Instant now) {
        Map<String, Instant> pushed = pushes.firstDelivered(
                views.stream().map(WithdrawalNoticeView::getNoticeId).toList());
        return views.stream()
                .map(n -> NoticeDto.of(n, now, pushed.get(n.getNoticeId())))
                .toList();
    }
}
