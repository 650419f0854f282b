package org.imagingledger.web.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.access.Documents;
import org.imagingledger.application.access.PurposeChecks;
import org.imagingledger.application.access.RequestAccess;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.LedgerTime;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.access.api.DocumentKind;
import org.imagingledger.domain.access.api.PurposeCheck;
import org.imagingledger.domain.access.api.RequestAction;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.MondoTerms;
import org.imagingledger.domain.shared.Operation;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.access.DiscussionView;
import org.imagingledger.projections.access.RequestFilter;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.web.config.BarChart;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.imagingledger.web.trail.Timeline;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DAC queue, the applicant's requests and the request page; the applicant's forms. */
@Controller
class AccessController {

    /**
     * Who reviews, how they voted, who stepped aside and what the panel discussed are the DAC
     * side's to see (RequestAccess), in the trail too; never the applicant's or the team's.
     */
    private final AccessService service;

    private final AccessQueries access;
    private final RequestAccess readable;
    private final CatalogueQueries catalogue;
    private final TrailService trails;
    private final Documents documents;
    private final People people;
    private final MessageSource messages;
    private final PurposeChecks purposeChecks;
    private final PurposeWords words;
    private final LedgerTime time;
    private final Timeline timeline;
    private final PermitQueries permits;

    AccessController(
            AccessService service,
            AccessQueries access,
            RequestAccess readable,
            CatalogueQueries catalogue,
            TrailService trails,
            Documents documents,
            People people,
            MessageSource messages,
            PurposeChecks purposeChecks,
            PurposeWords words,
            LedgerTime time,
            Timeline timeline,
            PermitQueries permits) {
        this.time = time;
        this.timeline = timeline;
        this.permits = permits;
        this.purposeChecks = purposeChecks;
        this.words = words;
        this.service = service;
        this.access = access;
        this.readable = readable;
        this.catalogue = catalogue;
        this.trails = trails;
        this.documents = documents;
        this.people = people;
        this.messages = messages;
    }

    /**
     * The DAC side sees the queue and its chart; a researcher sees their own requests (made or
     * on the team). One page of each, filtered by the form's fields.
     */
    @GetMapping("/requests")
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    String listRequests(
            @ModelAttribute("filter") RequestListForm form,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        RequestFilter filter;
        try {
            filter = form.filter();
        } catch (CommandRejected e) {
            model.addAttribute("errors", UiErrors.reasons(e));
            filter = RequestFilter.none();
        }
        PageParams params = PageParams.lenient(page, size);
        model.addAttribute("statuses", List.of(AccessRequestStatus.values()));
        if (RequestAccess.seesPanel(Callers.current())) {
            Page<AccessQueries.Row> queue = access.queue(filter, service.now(), params.pageable());
            model.addAttribute("queue", queue.getContent());
            model.addAttribute("queuePager", Pager.of(queue));
            model.addAttribute("chart", BarChart.of(access.countsByStatus(), "access.status."));
        }
        if (Callers.current().has(Role.RESEARCHER)) {
            Page<AccessQueries.Row> mine =
                    access.requestsOf(Callers.current().name(), filter, service.now(), params.pageable());
            model.addAttribute("mine", mine.getContent());
            model.addAttribute("minePager", Pager.of(mine));
        }
        return "access/list";
    }

    /** The list as CSV, with the page's filters: the queue for the DAC side, their own requests for a researcher. */
    @GetMapping("/requests.csv")
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    void requestsCsv(@ModelAttribute("filter") RequestListForm form, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        RequestFilter filter = form.filter();
        Caller caller = Callers.current();
        Locale locale = LocaleContextHolder.getLocale();
        java.time.Instant now = service.now();
        org.imagingledger.web.config.Csv.write(
                response,
                "requests.csv",
                List.of(
                        text("access.field.id", locale),
                        text("access.field.title", locale),
                        text("access.field.applicant", locale),
                        text("access.field.status", locale),
                        text("access.field.datasets", locale),
                        text("access.field.submittedAt", locale),
                        text("access.field.deadline", locale),
                        text("access.overdue", locale),
                        text("access.field.votes", locale),
                        text("access.field.decidedAt", locale),
                        text("access.field.permit", locale)),
                params -> RequestAccess.seesPanel(caller)
                        ? access.queue(filter, now, params.pageable())
                        : access.requestsOf(caller.name(), filter, now, params.pageable()),
                row -> {
                    AccessRequestView q = row.request();
                    return List.of(
                            q.getRequestId(),
                            q.getTitle() == null ? "" : q.getTitle(),
                            q.getApplicant(),
                            text("access.status." + q.getStatus(), locale),
                            q.getDatasets(),
                            q.getSubmittedAt() == null ? "" : q.getSubmittedAt().toString(),
                            q.getDeadline() == null ? "" : q.getDeadline().toString(),
                            row.overdue(),
                            q.getQuorum() > 0 ? q.getVotesCount() + "/" + q.getQuorum() : "",
                            q.getDecidedAt() == null ? "" : q.getDecidedAt().toString(),
                            q.getPermitId() == null ? "" : q.getPermitId());
                });
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A new request; datasets chosen in the catalogue ("request access") come ticked. */
    @GetMapping("/requests/new")
    @PreAuthorize(Allowed.RESEARCHER)
    String initCreateForm(@RequestParam(required = false) List<String> datasets, Model model) {
        if (!model.containsAttribute("form")) {
            RequestForm form = new RequestForm();
            if (datasets != null) {
                form.setDatasets(new java.util.ArrayList<>(
                        datasets.stream().filter(d -> !d.isBlank()).distinct().toList()));
            }
            model.addAttribute("form", form);
        }
        addChoices(model);
        return "access/new";
    }

    /**
     * Saves the draft, or submits the new request at once: a refused submission records nothing
     * (no draft either) and shows the form again with every value kept and each error beside its
     * field.
     */
    @PostMapping("/requests/new")
    @PreAuthorize(Allowed.RESEARCHER)
    String processCreateForm(
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes redirect) {
        if (UiErrors.refusedBinding(binding, redirect)) {
            redirect.addFlashAttribute("form", form);
            return "redirect:/requests/new";
        }
        String[] id = new String[1];
        boolean submit = "submit".equals(action);
        if (!UiErrors.attempt(
                redirect,
                () -> id[0] = submit
                        ? service.draftAndSubmit(form.content(time), Callers.current())
                        : service.draft(form.content(time), Callers.current()))) {
            redirect.addFlashAttribute("form", form);
            return "redirect:/requests/new";
        }
        done(redirect);
        return "redirect:/requests/" + id[0];
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize(Allowed.ANY_ROLE)
    String showRequest(
            @PathVariable String id, @RequestParam(required = false) Integer trailPage, Model model, Locale locale) {
        Caller caller = Callers.current();
        AccessQueries.Detail detail = readable.readable(id, caller);
        AccessRequestView request = detail.request();
        String me = caller.name();
        boolean applicant = request.getApplicant().equals(me);
        boolean involved = request.involves(me);
        boolean panel = RequestAccess.seesPanel(caller, request);
        boolean reviewer =
                detail.reviewers().stream().anyMatch(r -> r.getReviewer().equals(me));
        boolean chair = caller.has(Role.DAC_CHAIR);
        boolean conflictedChair = request.getConflictedChairs().contains(me);
        boolean open = request.getStatus().isOpen();
        model.addAttribute("detail", detail);
        model.addAttribute("r", request);
        model.addAttribute("panel", panel);
        // independent votes: how the panel voted and what it said, only once the viewer may see it
        boolean seesVotes = RequestAccess.seesVotes(caller, detail);
        model.addAttribute("seesVotes", seesVotes);
        model.addAttribute(
                "votedMyself",
                detail.reviewers().stream().anyMatch(rv -> rv.getReviewer().equals(me) && rv.getVote() != null));
        Page<TrailService.TrailEntry> trail = trails.trail(id, PageParams.lenient(trailPage, null), caller);
        Set<String> hidden = RequestAccess.hiddenEvents(caller, detail);
        boolean seesComments = !hidden.contains("PanelCommentPosted");
        model.addAttribute(
                "trail",
                timeline.entries(
                        trail.getContent().stream()
                                .filter(e -> !hidden.contains(e.type()))
                                .toList(),
                        caller));
        model.addAttribute("trailPager", Pager.of(trail, "trailPage"));
        // the permit as it stands now (extended, suspended, not yet valid …)
        model.addAttribute(
                "permit",
                request.getPermitId() == null
                        ? null
                        : permits.permit(request.getPermitId()).orElse(null));
        model.addAttribute("now", service.now());
        // a node operator answers for their node here
        model.addAttribute(
                "nodeTasks",
                caller.isNode() && request.getStatus().isOpen()
                        ? detail.nodeDecisions().stream()
                                .filter(n -> n.isPending() && n.getNodeId().equals(caller.nodeId()))
                                .toList()
                        : List.of());
        model.addAttribute("seesTrailLink", caller.overseesLedger());
        model.addAttribute("applicant", applicant);
        model.addAttribute("involved", involved);
        model.addAttribute(
                "editable",
                applicant
                        && (request.getStatus() == AccessRequestStatus.DRAFT
                                || request.getStatus() == AccessRequestStatus.RETURNED));
        model.addAttribute(
                "withdrawable",
                applicant
                        && (request.getStatus() != AccessRequestStatus.APPROVED
                                && request.getStatus() != AccessRequestStatus.REJECTED
                                && request.getStatus() != AccessRequestStatus.WITHDRAWN));
        model.addAttribute("open", open);
        model.addAttribute("underReview", request.getStatus() == AccessRequestStatus.UNDER_REVIEW);
        model.addAttribute(
                "myTurn",
                detail.reviewers().stream()
                        .anyMatch(rv -> rv.getReviewer().equals(me) && rv.getVote() == null && !rv.isConflict()));
        // the chair's forms: for a chair (or deputy) who may chair this request
        model.addAttribute("chairActs", chair && open && !involved && !conflictedChair && !reviewer);
        model.addAttribute("chairConflicted", chair && conflictedChair);
        model.addAttribute("chairOnPanel", chair && reviewer && !involved);
        // registered DAC members who may review: not involved, not the chair assigning the panel
        model.addAttribute(
                "candidates",
                people.withRole(Role.DAC_MEMBER).stream()
                        .filter(p -> !request.involves(p.getSubject())
                                && !p.getSubject().equals(me))
                        .toList());
        model.addAttribute("outcomes", List.of(AccessService.Outcome.values()));
        model.addAttribute("voteChoices", List.of(org.imagingledger.domain.access.api.ReviewVote.values()));
        // purpose checks, in words; for a draft, the applicant sees a preview under the active policy
        model.addAttribute(
                "checks",
                detail.purposeChecks().stream()
                        .map(c -> AccessDtos.PurposeCheckDto.of(c, words, locale))
                        .toList());
        boolean preview = applicant
                && (request.getStatus() == AccessRequestStatus.DRAFT
                        || request.getStatus() == AccessRequestStatus.RETURNED)
                && request.getPurpose().getCodes().size() > 0
                && !request.getDatasets().isEmpty();
        model.addAttribute(
                "preview",
                preview
                        ? purposeChecks
                                .evaluate(
                                        RequestAccess.purposeOf(request),
                                        request.getOperations(),
                                        request.getDatasets())
                                .stream()
                                .map(c -> previewOf(c, locale))
                                .toList()
                        : List.of());
        List<String> ethicsNeeded = request.getDatasets().stream()
                .filter(d -> catalogue
                        .dataset(d)
                        .map(ds -> ds.getDuoCodes().contains(DuoTerms.IRB))
                        .orElse(false))
                .toList();
        boolean hasEthics = detail.documents().stream().anyMatch(d -> d.getKind() == DocumentKind.ETHICS_APPROVAL);
        model.addAttribute("ethicsNeeded", ethicsNeeded);
        model.addAttribute("ethicsMissing", !ethicsNeeded.isEmpty() && !hasEthics);
        model.addAttribute("grant", grantPreview(detail));
        // documents, discussion
        model.addAttribute("documentKinds", List.of(DocumentKind.values()));
        model.addAttribute("mayDownload", RequestAccess.mayDownload(caller, detail));
        model.addAttribute("mayAttach", applicant && RequestAction.ATTACH_DOCUMENT.allowedIn(request.getStatus()));
        model.addAttribute("maxDocumentMb", documents.maxSize().toMegabytes());
        model.addAttribute("seesComments", seesComments);
        // a reviewer who has not voted yet may write to the panel but reads it only after voting
        model.addAttribute("commentsHidden", RequestAccess.seesPanelComments(caller, detail) && !seesVotes);
        model.addAttribute(
                "comments",
                seesComments
                        ? detail.discussion().stream()
                                .filter(e -> e.getKind() == DiscussionView.Kind.PANEL_COMMENT)
                                .toList()
                        : List.of());
        model.addAttribute(
                "questions",
                RequestAccess.seesQuestions(caller)
                        ? detail.discussion().stream()
                                .filter(e -> e.getKind() == DiscussionView.Kind.QUESTION)
                                .toList()
                        : List.of());
        boolean dacVoice = !involved && (reviewer || (chair && !conflictedChair));
        model.addAttribute("mayComment", dacVoice && RequestAction.COMMENT.allowedIn(request.getStatus()));
        model.addAttribute("mayAsk", dacVoice && RequestAction.ASK_APPLICANT.allowedIn(request.getStatus()));
        model.addAttribute("mayAnswer", involved && RequestAction.ANSWER_QUESTION.allowedIn(request.getStatus()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RequestForm.of(request, time));
        }
        addChoices(model);
        return "access/request";
    }

    private AccessDtos.PurposeCheckDto previewOf(PurposeCheck c, Locale locale) {
        return new AccessDtos.PurposeCheckDto(
                c.datasetId(),
                c.outcome().name(),
                c.outcome().allows(),
                c.revision(),
                null,
                null,
                null,
                c.reasons().stream()
                        .map(i -> new AccessDtos.ItemDto(i.code(), i.shorthand(), words.reason(i, locale)))
                        .toList(),
                c.obligations().stream()
                        .map(i -> new AccessDtos.ItemDto(i.code(), i.shorthand(), words.obligation(i, locale)))
                        .toList(),
                null,
                c.outcome().allows());
    }

    /** What an approval now would do with each requested dataset, and why. */
    record GrantRow(String datasetId, String node, String check, boolean overridden, boolean included) {}

    private static List<GrantRow> grantPreview(AccessQueries.Detail detail) {
        return detail.request().getDatasets().stream()
                .map(d -> {
                    String node = detail.nodeDecisions().stream()
                            .filter(n -> n.getDatasetId().equals(d))
                            .findFirst()
                            .map(n -> n.isPending() ? "PENDING" : n.getAgreed() ? "AGREED" : "DECLINED")
                            .orElse("NOT_NEEDED");
                    var check = detail.purposeChecks().stream()
                            .filter(c -> c.getDatasetId().equals(d))
                            .findFirst();
                    String outcome = check.map(c -> c.getOutcome().name()).orElse("NOT_EVALUATED");
                    boolean overridden = check.map(c -> c.isOverridden()).orElse(false);
                    boolean grantable = check.map(c -> c.isGrantable()).orElse(false);
                    return new GrantRow(d, node, outcome, overridden, grantable && !node.equals("DECLINED"));
                })
                .toList();
    }

    @PostMapping("/requests/{id}/draft")
    @PreAuthorize(Allowed.RESEARCHER)
    String processDraftForm(
            @PathVariable String id,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes redirect) {
        if (UiErrors.refusedBinding(binding, redirect)) {
            redirect.addFlashAttribute("form", form);
            return "redirect:/requests/" + id;
        }
        boolean ok = UiErrors.attempt(redirect, () -> service.revise(id, form.content(time), Callers.current()))
                && (!"submit".equals(action)
                        || UiErrors.attempt(redirect, () -> service.submit(id, Callers.current())));
        if (ok) {
            done(redirect);
        } else {
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/requests/" + id;
    }

    @PostMapping("/requests/{id}/withdraw")
    @PreAuthorize(Allowed.RESEARCHER)
    String processWithdrawForm(
            @PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (UiErrors.attempt(redirect, () -> service.withdraw(id, reason, Callers.current()))) {
            done(redirect);
        }
        return "redirect:/requests/" + id;
    }

    /** One dataset of the request form's picker: what a researcher needs to choose it, in words. */
    record DatasetChoice(
            String id,
            String title,
            String nodeId,
            String nodeName,
            List<String> modalities,
            String cancerType,
            List<String> codes,
            String disease,
            boolean nodeApproval) {}

    /** The purposes a request may state: general, health/medical, disease-specific, population origins. */
    static final List<String> PURPOSES = List.of(DuoTerms.GRU, DuoTerms.HMB, DuoTerms.DS, DuoTerms.POA);

    private void addChoices(Model model) {
        java.util.Map<String, String> nodeNames = new java.util.HashMap<>();
        catalogue.nodes().forEach(n -> nodeNames.put(n.getNodeId(), n.getName()));
        List<DatasetChoice> datasets = catalogue.datasets().stream()
                .filter(d -> !d.isRetired())
                .sorted(java.util.Comparator.comparing(DatasetView::getTitle, String.CASE_INSENSITIVE_ORDER))
                .map(d -> new DatasetChoice(
                        d.getDatasetId(),
                        d.getTitle(),
                        d.getNodeId(),
                        nodeNames.getOrDefault(d.getNodeId(), d.getNodeId()),
                        d.getModalities(),
                        d.getCancerType(),
                        d.getDuoCodes(),
                        d.getDisease(),
                        d.isNodeApprovalRequired()))
                .toList();
        model.addAttribute("datasetChoices", datasets);
        model.addAttribute(
                "datasetIds", datasets.stream().map(DatasetChoice::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("purposeChoices", PURPOSES);
        model.addAttribute("mondoChoices", MondoTerms.all());
        model.addAttribute(
                "operationChoices",
                List.of(Operation.values()).stream().map(Enum::name).toList());
        model.addAttribute("researchers", people.withRole(Role.RESEARCHER));
    }

    private void done(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
    }
}
