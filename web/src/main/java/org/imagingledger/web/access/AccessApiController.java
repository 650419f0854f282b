package org.imagingledger.web.access;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.access.RequestAccess;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.RequestFilter;
import org.imagingledger.web.access.AccessDtos.CommentBody;
import org.imagingledger.web.access.AccessDtos.DecisionBody;
import org.imagingledger.web.access.AccessDtos.Detail;
import org.imagingledger.web.access.AccessDtos.DraftBody;
import org.imagingledger.web.access.AccessDtos.NodeDecisionBody;
import org.imagingledger.web.access.AccessDtos.ReasonBody;
import org.imagingledger.web.access.AccessDtos.ReviewersBody;
import org.imagingledger.web.access.AccessDtos.Summary;
import org.imagingledger.web.access.AccessDtos.TextBody;
import org.imagingledger.web.access.AccessDtos.VoteBody;
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

/** Access requests and their DAC review. Each command answers the request as it now stands. */
@RestController
@RequestMapping("/api/v1/access-requests")
class AccessApiController {

    private final AccessService service;
    private final AccessQueries access;
    private final RequestAccess readable;
    private final PurposeWords words;

    AccessApiController(AccessService service, AccessQueries access, RequestAccess readable, PurposeWords words) {
        this.service = service;
        this.access = access;
        this.readable = readable;
        this.words = words;
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
        return get(id, null);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(Allowed.RESEARCHER)
    Detail submit(@PathVariable String id) {
        service.submit(id, Callers.current());
        return get(id, null);
    }

    @PostMapping("/{id}/reviewers")
    @PreAuthorize(Allowed.CHAIR)
    Detail assignReviewers(@PathVariable String id, @RequestBody ReviewersBody body) {
        service.assignReviewers(id, body.reviewers(), Callers.current());
        return get(id, null);
    }

    /** A reviewer steps aside from the vote; a chair not on the panel steps aside from chairing. */
    @PostMapping("/{id}/conflicts")
    @PreAuthorize(Allowed.DAC)
    Detail declareConflict(@PathVariable String id, @RequestBody(required = false) CommentBody body) {
        service.declareConflict(id, body == null ? null : body.comment(), Callers.current());
        return get(id, null);
    }

    @PostMapping("/{id}/votes")
    @PreAuthorize(Allowed.DAC_MEMBER)
    Detail vote(@PathVariable String id, @RequestBody VoteBody body) {
        service.vote(id, body.vote(), body.comment(), Callers.current());
        return get(id, null);
    }

    /** The node is the caller: its id comes from its bearer token, never from the body. */
    @PostMapping("/{id}/node-decisions")
    @PreAuthorize(Allowed.NODE)
    Detail nodeDecision(@PathVariable String id, @RequestBody NodeDecisionBody body) {
        // a request that names none of the node's datasets is not the node's to know of: 404 first
        readable.readable(id, Callers.current());
        service.recordNodeDecision(id, body.datasetId(), body.agreed(), body.comment(), Callers.current());
        return get(id, null);
    }

    /** The chair runs the purpose check of every requested dataset again, under the active policy. */
    @PostMapping("/{id}/purpose-checks")
    @PreAuthorize(Allowed.CHAIR)
    Detail recheckPurpose(@PathVariable String id) {
        service.recheckPurpose(id, Callers.current());
        return get(id, null);
    }

    /** The chair keeps a dataset whose purpose check failed, with the reason (recorded as its own event). */
    @PostMapping("/{id}/purpose-checks/{datasetId}/override")
    @PreAuthorize(Allowed.CHAIR)
    Detail overridePurposeCheck(@PathVariable String id, @PathVariable String datasetId, @RequestBody ReasonBody body) {
        service.overridePurposeCheck(id, datasetId, body.reason(), Callers.current());
        return get(id, null);
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
        return get(id, null);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(Allowed.RESEARCHER)
    Detail withdraw(@PathVariable String id, @RequestBody(required = false) ReasonBody body) {
        service.withdraw(id, body == null ? null : body.reason(), Callers.current());
        return get(id, null);
    }

    /** A comment in the panel's discussion (reviewers and chairs; never shown to the applicant or team). */
    @PostMapping("/{id}/comments")
    @PreAuthorize(Allowed.DAC)
    Detail comment(@PathVariable String id, @RequestBody TextBody body) {
        service.comment(id, body.text(), Callers.current());
        return get(id, null);
    }

    /** A question to the applicant (reviewers and chairs); both sides see it and its answer. */
    @PostMapping("/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.DAC)
    Map<String, String> ask(@PathVariable String id, @RequestBody TextBody body) {
        return Map.of("id", service.ask(id, body.text(), Callers.current()));
    }

    @PostMapping("/{id}/questions/{questionId}/answer")
    @PreAuthorize(Allowed.RESEARCHER)
    Detail answer(@PathVariable String id, @PathVariable String questionId, @RequestBody TextBody body) {
        service.answer(id, questionId, body.text(), Callers.current());
        return get(id, null);
    }

    /**
     * The DAC queue (open first, overdue leading); a researcher gets the requests they made or
     * are on the team of. Filters: part of the title, applicant, a requested dataset, status,
     * submission time range.
     */
    @GetMapping
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    PageDto<Summary> list(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String applicant,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) AccessRequestStatus status,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageParams params = PageParams.of(page, size);
        RequestFilter filter = filter(title, applicant, dataset, status, from, to);
        Caller caller = Callers.current();
        var rows = RequestAccess.seesPanel(caller)
                ? access.queue(filter, service.now(), params.pageable())
                : access.requestsOf(caller.name(), filter, service.now(), params.pageable());
        return PageDto.of(rows, Summary::of);
    }

    @GetMapping("/overdue")
    @PreAuthorize(Allowed.OVERSIGHT)
    PageDto<Summary> overdue(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageDto.of(
                access.overdue(service.now(), PageParams.of(page, size).pageable()), v -> Summary.of(v, true));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Allowed.ANY_ROLE)
    Detail get(@PathVariable String id, Locale locale) {
        Caller caller = Callers.current();
        AccessQueries.Detail detail = readable.readable(id, caller);
        return Detail.of(
                detail,
                RequestAccess.seesPanel(caller, detail.request()),
                RequestAccess.seesVotes(caller, detail),
                RequestAccess.seesPanelComments(caller, detail),
                RequestAccess.seesQuestions(caller),
                words,
                locale == null ? org.springframework.context.i18n.LocaleContextHolder.getLocale() : locale);
    }

    static RequestFilter filter(
            String title, String applicant, String dataset, AccessRequestStatus status, Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw org.imagingledger.domain.shared.CommandRejected.invalid(
                    "to", org.imagingledger.domain.shared.ErrorCodes.NOT_AFTER, "must be after from", "from");
        }
        return new RequestFilter(
                Specs.blankToNull(title), Specs.blankToNull(applicant), Specs.blankToNull(dataset), status, from, to);
    }
}
