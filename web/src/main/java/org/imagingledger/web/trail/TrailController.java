package org.imagingledger.web.trail;

import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TrailController {

    private final TrailService trails;
    private final AccessQueries access;
    private final Timeline timeline;

    TrailController(TrailService trails, AccessQueries access, Timeline timeline) {
        this.trails = trails;
        this.access = access;
        this.timeline = timeline;
    }

    @GetMapping("/trail/{aggregateId}")
    @PreAuthorize(Allowed.OVERSIGHT)
    String trail(@PathVariable String aggregateId, @RequestParam(required = false) Integer page, Model model) {
        Page<TrailService.TrailEntry> trail =
                trails.trail(aggregateId, PageParams.lenient(page, null), Callers.current());
        if (trail.getTotalElements() == 0) {
            throw CommandRejected.notFound("aggregate", aggregateId);
        }
        java.util.Set<String> hidden =
                TrailApiController.TrailVisibility.hidden(aggregateId, Callers.current(), access);
        model.addAttribute("aggregateId", aggregateId);
        model.addAttribute(
                "trail",
                timeline.entries(
                        trail.getContent().stream()
                                .filter(e -> !hidden.contains(e.type()))
                                .toList(),
                        Callers.current()));
        model.addAttribute("pager", Pager.of(trail));
        return "trail";
    }
}
