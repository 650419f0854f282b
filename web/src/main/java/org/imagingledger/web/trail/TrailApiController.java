package org.imagingledger.web.trail;

import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrailApiController {

    private final TrailService trails;
    private final AccessQueries access;

    TrailApiController(TrailService trails, AccessQueries access) {
        this.trails = trails;
        this.access = access;
    }

    /**
     * The event trail of any aggregate (node, dataset, request, permit, consent), a page at a
     * time in order. Someone involved in a request (applicant or team, even with a DAC role)
     * does not see its panel's events.
     */
    @GetMapping("/api/v1/trail/{aggregateId}")
    @PreAuthorize(Allowed.OVERSIGHT)
    PageDto<TrailService.TrailEntry> trail(
            @PathVariable String aggregateId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Page<TrailService.TrailEntry> trail = trails.trail(aggregateId, PageParams.of(page, size), Callers.current());
        if (trail.getTotalElements() == 0) {
            throw CommandRejected.notFound("aggregate", aggregateId);
        }
        return TrailVisibility.visible(PageDto.of(trail), aggregateId, Callers.current(), access);
    }

    /** Panel events stay hidden from those involved in the request. */
    static final class TrailVisibility {

        private TrailVisibility() {}

        static PageDto<TrailService.TrailEntry> visible(
                PageDto<TrailService.TrailEntry> page, String aggregateId, Caller caller, AccessQueries access) {
            java.util.Set<String> hidden = hidden(aggregateId, caller, access);
            if (hidden.isEmpty()) {
                return page;
            }
            return new PageDto<>(
                    page.items().stream()
                            .filter(e -> !hidden.contains(e.type()))
                            .toList(),
                    page.page(),
                    page.size(),
                    page.total());
        }

        /** The event types of a request the caller may not see (RequestAccess.hiddenEvents); none for other records. */
        static java.util.Set<String> hidden(String aggregateId, Caller caller, AccessQueries access) {
            return access.request(aggregateId, java.time.Instant.now())
                    .map(detail -> org.imagingledger.application.access.RequestAccess.hiddenEvents(caller, detail))
                    .orElse(java.util.Set.of());
        }
    }
}
