package org.imagingledger.web.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.consent.SubjectData;
import org.imagingledger.application.decision.DecisionAccess;
import org.imagingledger.application.decision.LogQuery;
import org.imagingledger.application.decision.Replays;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.decision.api.DecisionRecorded;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.decision.DecisionFilter;
import org.imagingledger.projections.decision.DecisionQueries;
import org.imagingledger.projections.decision.DecisionView;
import org.imagingledger.web.config.BarChart;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decision log and one decision with its replay, for the oversight roles. Nodes read their
 * own decisions through the API; the pages are for people.
 */
@Controller
class DecisionController {

    /** The chart's bars, in this order; labels are decisions.outcome.*. */
    enum Outcome {
        ALLOWED,
        DENIED
    }

    /** A reason or obligation as the policy returned it: code, message and any subjects it names. */
    record Item(String code, String message, List<String> subjects) {}

    private final DecisionQueries queries;
    private final DecisionAccess access;
    private final Replays replays;
    private final ObjectMapper json;
    private final org.imagingledger.web.config.Reasons reasons;
    private final org.springframework.context.MessageSource messageSource;

    DecisionController(
            DecisionQueries queries,
            DecisionAccess access,
            Replays replays,
            ObjectMapper json,
            org.imagingledger.web.config.Reasons reasons,
            org.springframework.context.MessageSource messageSource) {
        this.reasons = reasons;
        this.messageSource = messageSource;
        this.queries = queries;
        this.access = access;
        this.replays = replays;
        this.json = json;
    }

    /** The filters are GET parameters, so a filtered log is a link; refused filters show on the form. */
    @GetMapping("/decisions")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    String initFilterForm(
            @ModelAttribute("filter") LogForm form,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        LogQuery query;
        try {
            query = form.query();
        } catch (CommandRejected e) {
            model.addAttribute("errors", UiErrors.reasons(e));
            model.addAttribute("decisions", List.of());
            return "decisions/list";
        }
        DecisionFilter filter = access.visible(query.filter(), Callers.current());
        long allowed = filter.allowed() == Boolean.FALSE ? 0 : queries.count(withResult(filter, true));
        long denied = filter.allowed() == Boolean.TRUE ? 0 : queries.count(withResult(filter, false));
        Map<Outcome, Long> counts = new LinkedHashMap<>();
        counts.put(Outcome.ALLOWED, allowed);
        counts.put(Outcome.DENIED, denied);
        Page<DecisionView> found =
                queries.find(filter, PageParams.lenient(page, size).pageable());
        model.addAttribute("decisions", found.getContent());
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("total", allowed + denied);
        model.addAttribute("chart", BarChart.of(counts, "decisions.outcome."));
        return "decisions/list";
    }

    /** The log as CSV, with the page's filters (every matching decision, newest first). */
    @GetMapping("/decisions.csv")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    void csv(@ModelAttribute("filter") LogForm form, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        DecisionFilter filter = access.visible(form.query().filter(), Callers.current());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.imagingledger.web.config.Csv.write(
                response,
                "decisions.csv",
                List.of(
                        text("csv.decision", locale),
                        text("decisions.time", locale),
                        text("decisions.node", locale),
                        text("decisions.principal", locale),
                        text("decisions.dataset", locale),
                        text("decisions.operation", locale),
                        text("decisions.permit", locale),
                        text("decisions.result", locale),
                        text("decisions.reasons", locale),
                        text("decisions.revision", locale),
                        text("decisions.engine", locale)),
                params -> queries.find(filter, params.pageable()),
                d -> List.of(
                        d.getDecisionId(),
                        String.valueOf(d.getDecidedAt()),
                        d.getNodeId(),
                        d.getPrincipal(),
                        d.getDatasetId(),
                        d.getOperation(),
                        d.getPermitId() == null ? "" : d.getPermitId(),
                        d.isAllowed() ? "allow" : "deny",
                        d.getReasonCodes(),
                        d.getPolicyRevision(),
                        d.getEngine()));
    }

    private String text(String key, java.util.Locale locale) {
        return messageSource.getMessage(key, null, key, locale);
    }

    @GetMapping("/decisions/{id}")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    String show(@PathVariable String id, Model model) {
        Caller caller = Callers.current();
        DecisionView view = access.visible(id, caller);
        model.addAttribute("d", view);
        DecisionRecorded event = replays.recorded(id);
        // subjects and their consents only for those who may see them
        JsonNode result = read(SubjectData.decisionResult(event.result(), caller, view.getNodeId()));
        model.addAttribute("event", event);
        model.addAttribute("reasons", items(result.path("reasons")));
        model.addAttribute("obligations", items(result.path("obligations")));
        model.addAttribute("input", pretty(read(SubjectData.decisionInput(event.input(), caller, view.getNodeId()))));
        model.addAttribute("result", pretty(result));
        Replays.Replay replay = replays.replay(id).visibleTo(caller);
        model.addAttribute("replay", replay);
        model.addAttribute("replayed", replay.replayed() == null ? null : pretty(replay.replayed()));
        return "decisions/show";
    }

    private static DecisionFilter withResult(DecisionFilter f, boolean allowed) {
        return new DecisionFilter(f.nodeId(), f.datasetId(), f.principal(), allowed, f.from(), f.to(), f.revision());
    }

    private List<Item> items(JsonNode array) {
        List<Item> items = new ArrayList<>();
        array.forEach(i -> {
            List<String> subjects = new ArrayList<>();
            // EXCLUDE_SUBJECTS lists {subject, reason} objects
            i.path("subjects")
                    .forEach(s -> subjects.add(
                            s.isObject()
                                    ? s.path("subject").asText() + " ("
                                            + reasons.exclusion(s.path("reason").asText()) + ")"
                                    : s.asText()));
            items.add(new Item(i.path("code").asText(""), i.path("message").asText(""), subjects));
        });
        return items;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded document is not JSON", e);
        }
    }

    private String pretty(JsonNode node) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
