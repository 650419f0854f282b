package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.decision.Answer;
import org.imagingledger.application.decision.DecisionAccess;
import org.imagingledger.application.decision.DecisionService;
import org.imagingledger.application.decision.LogQuery;
import org.imagingledger.application.decision.Question;
import org.imagingledger.application.decision.Replays;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;
import org.imagingledger.projections.decision.DecisionQueries;
import org.imagingledger.projections.decision.DecisionView;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The node decision API. A node asks with its bearer token; the answer comes after the
 * decision is recorded. The log and replays are open to the oversight roles, and to a node for
 * its own decisions.
 */
@RestController
@RequestMapping("/api/v1/decisions")
class DecisionApiController {

    static final int MAX_BATCH = 1000;

    private final DecisionService service;
    private final DecisionQueries queries;
    private final DecisionAccess access;
    private final Replays replays;

    DecisionApiController(DecisionService service, DecisionQueries queries, DecisionAccess access, Replays replays) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.replays = replays;
    }

    @PostMapping
    @PreAuthorize(Allowed.NODE)
    Answer decide(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = QuestionDoc.class)))
                    @RequestBody
                    JsonNode body) {
        Violations violations = Violations.check();
        Question question = QuestionReader.read(body, "", violations);
        violations.orReject();
        return service.decide(List.of(question), Callers.current()).get(0);
    }

    @PostMapping("/batch")
    @PreAuthorize(Allowed.NODE)
    Map<String, List<Answer>> decideAll(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = QuestionDoc.Batch.class)))
                    @RequestBody
                    JsonNode body) {
        JsonNode items = body.get("questions");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw CommandRejected.invalid(
                    "questions", ErrorCodes.REQUIRED, "is required: a list of 1 to " + MAX_BATCH + " questions");
        }
        if (items.size() > MAX_BATCH) {
            throw CommandRejected.invalid(
                    "questions", ErrorCodes.TOO_MANY, "must hold at most " + MAX_BATCH + " questions", MAX_BATCH);
        }
        Violations violations = Violations.check();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            questions.add(QuestionReader.read(items.get(i), "questions[" + i + "]", violations));
        }
        violations.orReject();
        return Map.of("decisions", service.decide(questions, Callers.current()));
    }

    @GetMapping
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    PageDto<DecisionDto> log(
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String principal,
            @RequestParam(required = false) String result,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String revision,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LogQuery query = LogQuery.of(node, dataset, principal, result, from, to, revision);
        return PageDto.of(
                queries.find(
                        access.visible(query.filter(), Callers.current()),
                        PageParams.of(page, size).pageable()),
                DecisionDto::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    RecordedDecisionDto decision(@PathVariable String id) {
        DecisionView view = access.visible(id, Callers.current());
        return RecordedDecisionDto.of(view, replays.recorded(id), Callers.current());
    }

    @GetMapping("/{id}/replay")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    Replays.Replay replay(@PathVariable String id) {
        access.visible(id, Callers.current());
        return replays.replay(id).visibleTo(Callers.current());
    }
}
