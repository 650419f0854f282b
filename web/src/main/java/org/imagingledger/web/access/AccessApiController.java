package org.imagingledger.web.access;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.access.RequestAccess;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.web.access.AccessDtos.CommentBody;
import org.imagingledger.web.access.AccessDtos.DecisionBody;
import org.imagingledger.web.access.AccessDtos.Detail;
import org.imagingledger.web.access.AccessDtos.DraftBody;
import org.imagingledger.web.access.AccessDtos.NodeDecisionBody;
import org.imagingledger.web.access.AccessDtos.ReasonBody;
import org.imagingledger.web.access.AccessDtos.ReviewersBody;
import org.imagingledger.web.access.AccessDtos.Summary;
import org.imagingledger.web.access.AccessDtos.VoteBody;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Access requests and their DAC review. Each command answers the request as it now stands. */
@RestController
@RequestMapping("/api/v1/access-requests")
class AccessApiController {

    private final AccessService service;
    private final AccessQueries access;
    private final RequestAccess readable;

    AccessApiController(AccessService service, AccessQueries access, RequestAccess readable) {
        this.service = service;
        this.access = access;
        this.readable = readable;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.RESEARCHER)
    Map<String, String> create(@RequestBody DraftBody body) {
        return Map.of("id", service.draft(body == null ? null : body.content(), Callers.current()));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Allowed.RESEARCHER)
    Detail revise(@PathVariable String id, @RequestBody DraftBody body) {
        service.revise(id, body == null ? null : body.content(), Callers.current());
        return get(id);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(Allowed.RESEARCHER)
    Detail submit(@PathVariable String id) {
        service.submit(id, Callers.current());
        return get(id);
    }

    @PostMapping("/{id}/reviewers")
    @PreAuthorize(Allowed.CHAIR)
    Detail assignReviewers(@PathVariable String id, @RequestBody ReviewersBody body) {
        service.assignReviewers(id, body.reviewers(), Callers.current());
        return get(id);
    }

    @PostMapping("/{id}/conflicts")
    @PreAuthorize(Allowed.DAC_MEMBER)
    Detail declareConflict(@PathVariable String id, @RequestBody(required = false) CommentBody body) {
        service.declareConflict(id, body == null ? null : body.comment(), Callers.current());
        return get(id);
    }

    @PostMapping("/{id}/votes")
    @PreAuthorize(Allowed.DAC_MEMBER)
    Detail vote(@PathVariable String id, @RequestBody VoteBody body) {
        service.vote(id, body.vote(), body.comment(), Callers.current());
        return get(id);
    }

    /** The node is the caller: its id comes from its bearer token, never from the body. */
    @PostMapping("/{id}/node-decisions")
    @PreAuthorize(Allowed.NODE)
    Detail nodeDecision(@PathVariable String id, @RequestBody NodeDecisionBody body) {
        service.recordNodeDecision(id, body.datasetId(), body.agreed(), body.comment(), Callers.current());
        return get(id);
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize(Allowed.CHAIR)
    AccessService.Decision decide(@PathVariable String id, @RequestBody DecisionBody body) {
        return service.decide(
                id,
                body.outcome(),
                body.reason(),
                body.conditions(),
                body.validFrom(),
                body.validUntil(),
                Callers.current());
    }

    @PostMapping("/{id}/deadline-extension")
    @PreAuthorize(Allowed.CHAIR)
    Detail extendDeadline(@PathVariable String id, @RequestBody ReasonBody body) {
        service.extendDeadline(id, body.reason(), Callers.current());
        return get(id);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(Allowed.RESEARCHER)
    Detail withdraw(@PathVariable String id, @RequestBody(required = false) ReasonBody body) {
        service.withdraw(id, body == null ? null : body.reason(), Callers.current());
        return get(id);
    }

    /** The DAC queue; a researcher gets their own requests instead. */
    @GetMapping
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    List<Summary> list() {
        List<AccessQueries.Row> rows = RequestAccess.seesPanel(Callers.current())
                ? access.queue(service.now())
                : access.requestsOf(Callers.current().name(), service.now());
        return rows.stream().map(Summary::of).toList();
    }

    @GetMapping("/overdue")
    @PreAuthorize(Allowed.OVERSIGHT)
    List<Summary> overdue() {
        return access.overdue(service.now()).stream()
                .map(v -> Summary.of(v, true))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Allowed.ANY_ROLE)
    Detail get(@PathVariable String id) {
        return Detail.of(readable.readable(id, Callers.current()), RequestAccess.seesPanel(Callers.current()));
    }
}
