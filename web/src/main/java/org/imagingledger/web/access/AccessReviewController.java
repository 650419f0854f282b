package org.imagingledger.web.access;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.shared.LedgerTime;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on the request page of the DAC and of the holding nodes' operators; each records one
 * event and returns to the page. A refused form comes back with its values and its errors.
 */
@Controller
class AccessReviewController {

    private final AccessService service;
    private final MessageSource messages;
    private final LedgerTime time;

    AccessReviewController(AccessService service, MessageSource messages, LedgerTime time) {
        this.service = service;
        this.messages = messages;
        this.time = time;
    }

    @PostMapping("/requests/{id}/reviewers")
    @PreAuthorize(Allowed.CHAIR)
    String processReviewersForm(
            @PathVariable String id,
            @RequestParam(required = false) List<String> reviewers,
            @RequestParam(required = false) String moreReviewers,
            RedirectAttributes redirect) {
        List<String> panel = new ArrayList<>(reviewers == null ? List.of() : reviewers);
        RequestForm.ids(moreReviewers).stream().filter(r -> !panel.contains(r)).forEach(panel::add);
        return after(id, redirect, () -> service.assignReviewers(id, panel, Callers.current()));
    }

    /** A reviewer steps aside from the vote; a chair steps aside from chairing (confirmed: it cannot be undone). */
    @PostMapping("/requests/{id}/conflict")
    @PreAuthorize(Allowed.DAC)
    String processConflictForm(
            @PathVariable String id,
            @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            return unconfirmed(id, redirect);
        }
        return after(id, redirect, () -> service.declareConflict(id, comment, Callers.current()));
    }

    @PostMapping("/requests/{id}/purpose-checks")
    @PreAuthorize(Allowed.CHAIR)
    String processRecheckForm(@PathVariable String id, RedirectAttributes redirect) {
        return after(id, redirect, () -> service.recheckPurpose(id, Callers.current()));
    }

    /** Keeping a dataset despite a failed purpose check is recorded for good: the form asks to confirm. */
    @PostMapping("/requests/{id}/purpose-checks/{datasetId}/override")
    @PreAuthorize(Allowed.CHAIR)
    String processOverrideForm(
            @PathVariable String id,
            @PathVariable String datasetId,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            return unconfirmed(id, redirect);
        }
        return after(id, redirect, () -> service.overridePurposeCheck(id, datasetId, reason, Callers.current()));
    }

    @PostMapping("/requests/{id}/comments")
    @PreAuthorize(Allowed.DAC)
    String processCommentForm(
            @PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return after(id, redirect, () -> service.comment(id, text, Callers.current()));
    }

    @PostMapping("/requests/{id}/questions")
    @PreAuthorize(Allowed.DAC)
    String processQuestionForm(
            @PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return after(id, redirect, () -> service.ask(id, text, Callers.current()));
    }

    @PostMapping("/requests/{id}/questions/{questionId}/answer")
    @PreAuthorize(Allowed.RESEARCHER)
    String processAnswerForm(
            @PathVariable String id,
            @PathVariable String questionId,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return after(id, redirect, () -> service.answer(id, questionId, text, Callers.current()));
    }

    private String unconfirmed(String id, RedirectAttributes redirect) {
        UiErrors.refuseField(redirect, "confirm", ErrorCodes.CONFIRMATION_REQUIRED);
        return "redirect:/requests/" + id;
    }

    /** A vote has no default: an empty choice is refused as required, and nothing is recorded. */
    @PostMapping("/requests/{id}/vote")
    @PreAuthorize(Allowed.DAC_MEMBER)
    String processVoteForm(
            @PathVariable String id,
            @RequestParam(required = false) String vote,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return after(id, redirect, () -> service.vote(id, vote, comment, Callers.current()));
    }

    /**
     * A holding node's answer, given by one of its operators (a person acting for the node): the
     * event records the person and the node.
     */
    @PostMapping("/requests/{id}/node-decisions")
    @PreAuthorize(Allowed.NODE)
    String processNodeDecisionForm(
            @PathVariable String id,
            @RequestParam(required = false) String datasetId,
            @RequestParam(required = false) String agreed,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        if (agreed == null || agreed.isBlank()) {
            UiErrors.refuseField(redirect, "agreed", ErrorCodes.REQUIRED);
            return "redirect:/requests/" + id;
        }
        return after(
                id,
                redirect,
                () -> service.recordNodeDecision(
                        id, datasetId, Boolean.parseBoolean(agreed), comment, Callers.current()));
    }

    /**
     * Conditions are typed one per line. Validity is chosen as days: from the start of the first
     * day to the end of the last day, in the ledger's zone.
     */
    @PostMapping("/requests/{id}/decision")
    @PreAuthorize(Allowed.CHAIR)
    String processDecisionForm(
            @PathVariable String id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String conditions,
            @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validUntil,
            RedirectAttributes redirect) {
        List<String> lines = conditions == null
                ? List.of()
                : conditions.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        return after(
                id,
                redirect,
                () -> service.decide(
                        id,
                        outcome,
                        reason,
                        lines,
                        time.startOf(day("validFrom", validFrom)),
                        time.endAfter(day("validUntil", validUntil)),
                        Callers.current()));
    }

    @PostMapping("/requests/{id}/extension")
    @PreAuthorize(Allowed.CHAIR)
    String processExtensionForm(
            @PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return after(id, redirect, () -> service.extendDeadline(id, reason, Callers.current()));
    }

    static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw CommandRejected.invalid(field, ErrorCodes.NOT_A_DATE, "must be a date such as 2026-03-31");
        }
    }

    private String after(String id, RedirectAttributes redirect, Runnable command) {
        if (UiErrors.attempt(redirect, command)) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/requests/" + id;
    }
}
