package org.imagingledger.web.access;

import java.util.List;
import java.util.Set;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.access.RequestAccess;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.MondoTerms;
import org.imagingledger.domain.shared.Operation;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.web.config.BarChart;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    /** Who reviews and how they voted is the DAC side's to see (RequestAccess), in the trail too. */
    private static final Set<String> PANEL_EVENTS =
            Set.of("ReviewersAssigned", "ReviewVoteCast", "ConflictOfInterestDeclared");

    private final AccessService service;
    private final AccessQueries access;
    private final RequestAccess readable;
    private final CatalogueQueries catalogue;
    private final TrailService trails;
    private final People people;
    private final MessageSource messages;

    AccessController(
            AccessService service,
            AccessQueries access,
            RequestAccess readable,
            CatalogueQueries catalogue,
            TrailService trails,
            People people,
            MessageSource messages) {
        this.service = service;
        this.access = access;
        this.readable = readable;
        this.catalogue = catalogue;
        this.trails = trails;
        this.people = people;
        this.messages = messages;
    }

    /** The DAC side sees the queue and its chart; a researcher sees their own requests. */
    @GetMapping("/requests")
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    String listRequests(Model model) {
        if (RequestAccess.seesPanel(Callers.current())) {
            model.addAttribute("queue", access.queue(service.now()));
            model.addAttribute("chart", BarChart.of(access.countsByStatus(), "access.status."));
        }
        if (Callers.current().has(Role.RESEARCHER)) {
            model.addAttribute("mine", access.requestsOf(Callers.current().name(), service.now()));
        }
        return "access/list";
    }

    @GetMapping("/requests/new")
    @PreAuthorize(Allowed.RESEARCHER)
    String initCreateForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequestForm());
        }
        addChoices(model);
        return "access/new";
    }

    /** Creates the draft, then submits it when the applicant asked to; a refused submission leaves the draft. */
    @PostMapping("/requests/new")
    @PreAuthorize(Allowed.RESEARCHER)
    String processCreateForm(
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes redirect) {
        if (refusedBinding(binding, redirect)) {
            redirect.addFlashAttribute("form", form);
            return "redirect:/requests/new";
        }
        String[] id = new String[1];
        if (!UiErrors.attempt(redirect, () -> id[0] = service.draft(form.content(), Callers.current()))) {
            redirect.addFlashAttribute("form", form);
            return "redirect:/requests/new";
        }
        if (!"submit".equals(action) || UiErrors.attempt(redirect, () -> service.submit(id[0], Callers.current()))) {
            done(redirect);
        }
        return "redirect:/requests/" + id[0];
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize(Allowed.ANYONE_LOGGED_IN)
    String showRequest(@PathVariable String id, Model model) {
        AccessQueries.Detail detail = readable.readable(id, Callers.current());
        AccessRequestView request = detail.request();
        String me = Callers.current().name();
        boolean applicant = request.getApplicant().equals(me);
        model.addAttribute("detail", detail);
        model.addAttribute("r", request);
        boolean panel = RequestAccess.seesPanel(Callers.current());
        model.addAttribute("panel", panel);
        model.addAttribute(
                "trail",
                panel
                        ? trails.trail(id)
                        : trails.trail(id).stream()
                                .filter(e -> !PANEL_EVENTS.contains(e.type()))
                                .toList());
        model.addAttribute("applicant", applicant);
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
        model.addAttribute("open", request.getStatus().isOpen());
        model.addAttribute("underReview", request.getStatus() == AccessRequestStatus.UNDER_REVIEW);
        model.addAttribute(
                "myTurn",
                detail.reviewers().stream()
                        .anyMatch(rv -> rv.getReviewer().equals(me) && rv.getVote() == null && !rv.isConflict()));
        model.addAttribute(
                "candidates",
                // the DAC members of the people directory (as the identity provider last stated them)
                people.withRole(Role.DAC_MEMBER).stream()
                        .filter(p -> !p.getSubject().equals(request.getApplicant())
                                && !request.getTeam().contains(p.getSubject()))
                        .toList());
        model.addAttribute("outcomes", List.of(AccessService.Outcome.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RequestForm.of(request));
        }
        addChoices(model);
        return "access/request";
    }

    @PostMapping("/requests/{id}/draft")
    @PreAuthorize(Allowed.RESEARCHER)
    String processDraftForm(
            @PathVariable String id,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes redirect) {
        if (refusedBinding(binding, redirect)) {
            return "redirect:/requests/" + id;
        }
        boolean ok = UiErrors.attempt(redirect, () -> service.revise(id, form.content(), Callers.current()))
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

    private void addChoices(Model model) {
        model.addAttribute(
                "datasetChoices",
                catalogue.datasets().stream()
                        .filter(d -> !d.isRetired())
                        .map(DatasetView::getDatasetId)
                        .toList());
        model.addAttribute("duoChoices", DuoTerms.all());
        model.addAttribute("mondoChoices", MondoTerms.all());
        model.addAttribute(
                "operationChoices",
                List.of(Operation.values()).stream().map(Enum::name).toList());
    }

    private boolean refusedBinding(BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            return false;
        }
        redirect.addFlashAttribute(
                "errors",
                binding.getFieldErrors().stream()
                        .map(e -> e.getField() + ": has the wrong type or format")
                        .toList());
        return true;
    }

    private void done(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
    }
}
