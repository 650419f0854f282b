package org.imagingledger.web.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerm;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Modality;
import org.imagingledger.domain.shared.MondoTerms;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A node's datasets in the pages: its operators (and governance admins, for any node) register a
 * dataset with its data-use conditions, update its description, and retire it (after a page that
 * says what that means). Each change is recorded with the person and, in the dataset, its node.
 */
@Controller
class DatasetController {

    private final CatalogueService service;
    private final CatalogueQueries catalogue;
    private final MessageSource messages;

    DatasetController(CatalogueService service, CatalogueQueries catalogue, MessageSource messages) {
        this.service = service;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/datasets/new")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String initRegisterForm(Model model) {
        choices(model);
        model.addAttribute("dataset", null);
        return "catalogue/dataset-form";
    }

    @PostMapping("/datasets/new")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processRegisterForm(
            @RequestParam(required = false) String nodeId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String cancerType,
            @RequestParam(required = false) List<String> modalities,
            @RequestParam(required = false) String subjects,
            @RequestParam(required = false) String cases,
            @RequestParam(required = false) String permission,
            @RequestParam(required = false) List<String> modifiers,
            @RequestParam(required = false) String conditionDisease,
            @RequestParam(defaultValue = "false") boolean nodeApprovalRequired,
            RedirectAttributes redirect) {
        Caller caller = Callers.current();
        String node = caller.isNode() ? caller.nodeId() : nodeId;
        String[] id = new String[1];
        if (!UiErrors.attempt(redirect, () -> {
            List<String> codes = new ArrayList<>();
            if (permission != null && !permission.isBlank()) {
                codes.add(permission);
            }
            if (modifiers != null) {
                codes.addAll(modifiers);
            }
            id[0] = service.registerDataset(
                    null,
                    node,
                    metadata(title, cancerType, modalities, subjects, cases),
                    new DataUseConditions(
                            codes, conditionDisease == null || conditionDisease.isBlank() ? null : conditionDisease),
                    nodeApprovalRequired,
                    caller);
        })) {
            return "redirect:/datasets/new";
        }
        done(redirect);
        return "redirect:/catalogue?title=" + id[0];
    }

    @GetMapping("/datasets/{id}/edit")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String initUpdateForm(@PathVariable String id, Model model) {
        model.addAttribute("dataset", held(id, Callers.current()));
        choices(model);
        return "catalogue/dataset-form";
    }

    @PostMapping("/datasets/{id}/edit")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processUpdateForm(
            @PathVariable String id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String cancerType,
            @RequestParam(required = false) List<String> modalities,
            @RequestParam(required = false) String subjects,
            @RequestParam(required = false) String cases,
            RedirectAttributes redirect) {
        Caller caller = Callers.current();
        if (!UiErrors.attempt(redirect, () -> {
            held(id, caller);
            service.updateMetadata(id, metadata(title, cancerType, modalities, subjects, cases), caller);
        })) {
            return "redirect:/datasets/" + id + "/edit";
        }
        done(redirect);
        return "redirect:/catalogue?title=" + id;
    }

    /** Retiring cannot be undone: the page says what it means and asks for a reason and a confirmation. */
    @GetMapping("/datasets/{id}/retire")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String initRetireForm(@PathVariable String id, Model model) {
        model.addAttribute("dataset", held(id, Callers.current()));
        return "catalogue/retire";
    }

    @PostMapping("/datasets/{id}/retire")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processRetireForm(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        Caller caller = Callers.current();
        if (!confirm) {
            UiErrors.refuseField(redirect, "confirm", ErrorCodes.CONFIRMATION_REQUIRED);
            return "redirect:/datasets/" + id + "/retire";
        }
        if (!UiErrors.attempt(redirect, () -> {
            held(id, caller);
            service.retire(id, reason, caller);
        })) {
            return "redirect:/datasets/" + id + "/retire";
        }
        done(redirect);
        return "redirect:/catalogue?title=" + id;
    }

    /** A node operator acts on their node's datasets only; a governance admin on any. */
    private DatasetView held(String id, Caller caller) {
        if (caller.isNode()) {
            return service.datasetHeldBy(id, caller.nodeId());
        }
        return catalogue.dataset(id).orElseThrow(() -> CommandRejected.notFound("dataset", id));
    }

    /** The counts as typed: a number, or left to the rules (required, not negative). */
    private static DatasetMetadata metadata(
            String title, String cancerType, List<String> modalities, String subjects, String cases) {
        List<CommandRejected.Violation> wrong = new ArrayList<>();
        long s = count("metadata.subjects", subjects, wrong);
        long c = count("metadata.cases", cases, wrong);
        if (!wrong.isEmpty()) {
            throw new CommandRejected(
                    CommandRejected.Kind.INVALID_INPUT, wrong.get(0).code(), List.of(), "counts", wrong);
        }
        return new DatasetMetadata(
                title,
                cancerType == null || cancerType.isBlank() ? null : cancerType,
                modalities == null ? List.of() : modalities,
                s,
                c);
    }

    private static long count(String field, String text, List<CommandRejected.Violation> wrong) {
        if (text == null || text.isBlank()) {
            wrong.add(CommandRejected.Violation.of(field, ErrorCodes.REQUIRED, "is required"));
            return 0;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            wrong.add(CommandRejected.Violation.of(field, ErrorCodes.WRONG_TYPE, "has the wrong type or format"));
            return 0;
        }
    }

    private void choices(Model model) {
        Caller caller = Callers.current();
        model.addAttribute("operatedNode", caller.isNode() ? caller.nodeId() : null);
        model.addAttribute("nodes", catalogue.nodes());
        model.addAttribute("modalityChoices", List.of(Modality.values()));
        model.addAttribute("mondoChoices", MondoTerms.all());
        model.addAttribute(
                "permissionChoices", List.of(DuoTerms.GRU, DuoTerms.NRES, DuoTerms.HMB, DuoTerms.DS, DuoTerms.POA));
        model.addAttribute(
                "modifierChoices",
                DuoTerms.all().stream()
                        .filter(t -> t.kind() == DuoTerm.Kind.MODIFIER && !t.isBranchRoot())
                        .map(DuoTerm::id)
                        .toList());
    }

    private void done(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
    }
}
