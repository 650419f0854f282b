package org.imagingledger.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.imagingledger.application.audit.CheckpointService;
import org.imagingledger.application.audit.ExportService;
import org.imagingledger.application.audit.LedgerKey;
import org.imagingledger.application.audit.VerificationService;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit page: the public key, checkpoints, the last verification, and the export form. */
@Controller
@PreAuthorize(Allowed.AUDIT)
class AuditController {

    private static final int SHOWN_CHECKPOINTS = 20;

    private final CheckpointService checkpoints;
    private final VerificationService verification;
    private final ExportService exports;
    private final LedgerKey key;
    private final MessageSource messages;

    AuditController(
            CheckpointService checkpoints,
            VerificationService verification,
            ExportService exports,
            LedgerKey key,
            MessageSource messages) {
        this.messages = messages;
        this.checkpoints = checkpoints;
        this.verification = verification;
        this.exports = exports;
        this.key = key;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) Integer page, Model model) {
        Page<CheckpointService.SignedCheckpoint> shown =
                checkpoints.page(PageParams.lenient(page, SHOWN_CHECKPOINTS), true);
        model.addAttribute("checkpoints", shown.getContent());
        model.addAttribute("checkpointCount", shown.getTotalElements());
        model.addAttribute("pager", Pager.of(shown));
        model.addAttribute("report", verification.last());
        model.addAttribute("publicKey", key.key().publicPem());
        model.addAttribute("keyId", key.key().keyId());
        model.addAttribute("canExport", Callers.current().has(Role.AUDITOR));
        return "audit/index";
    }

    @PostMapping("/audit/checkpoints")
    String checkpoint(RedirectAttributes redirect) {
        if (UiErrors.attempt(
                redirect, () -> checkpoints.record(Callers.current().name()))) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/audit";
    }

    @PostMapping("/audit/verification")
    String verify() {
        verification.run();
        return "redirect:/audit#verification";
    }

    /** Sends the zip; a refused filter goes back to the page with the field and the rule. */
    @PostMapping("/audit/export")
    @PreAuthorize(Allowed.AUDITOR)
    ModelAndView export(
            @RequestParam Map<String, String> form, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        ExportService.Export[] done = new ExportService.Export[1];
        boolean ok = UiErrors.attempt(redirect, () -> {
            ExportRequest request = new ExportRequest(
                    time(form, "from"),
                    time(form, "to"),
                    form.get("node"),
                    form.get("dataset"),
                    form.get("pseudonym"),
                    form.get("permit"),
                    form.get("request"),
                    form.get("principal"),
                    form.get("eventType"));
            done[0] = exports.export(request.toFilter(), Callers.current());
        });
        if (!ok) {
            return new ModelAndView("redirect:/audit#export");
        }
        AuditApiController.send(done[0], response);
        return null; // the response is written
    }

    /** The form's datetime-local fields, read as UTC. */
    private static java.time.Instant time(Map<String, String> form, String field) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw CommandRejected.invalid(
                    field,
                    ErrorCodes.NOT_A_DATE,
                    "must be a date or a date and time, such as 2026-03-31 or 2026-03-31T14:00");
        }
    }
}
