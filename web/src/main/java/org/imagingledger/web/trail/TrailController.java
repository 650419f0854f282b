package org.imagingledger.web.trail;

import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.web.security.Allowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TrailController {

    private final TrailService trails;

    TrailController(TrailService trails) {
        this.trails = trails;
    }

    @GetMapping("/trail/{aggregateId}")
    @PreAuthorize(Allowed.OVERSIGHT)
    String trail(@PathVariable String aggregateId, Model model) {
        var trail = trails.trail(aggregateId);
        if (trail.isEmpty()) {
            throw CommandRejected.notFound("aggregate", aggregateId);
        }
        model.addAttribute("aggregateId", aggregateId);
        model.addAttribute("trail", trail);
        return "trail";
    }
}
