package org.imagingledger.web.trail;

import java.util.List;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.web.security.Allowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrailApiController {

    private final TrailService trails;

    TrailApiController(TrailService trails) {
        this.trails = trails;
    }

    /** The full event trail of any aggregate (node, dataset, request, permit, consent). */
    @GetMapping("/api/v1/trail/{aggregateId}")
    @PreAuthorize(Allowed.OVERSIGHT)
    List<TrailService.TrailEntry> trail(@PathVariable String aggregateId) {
        List<TrailService.TrailEntry> trail = trails.trail(aggregateId);
        if (trail.isEmpty()) {
            throw CommandRejected.notFound("aggregate", aggregateId);
        }
        return trail;
    }
}
