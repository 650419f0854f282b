package org.imagingledger.web.permit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingledger.application.passport.PassportService;
import org.imagingledger.application.permit.PermitAccess;
import org.imagingledger.application.permit.PermitService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.permit.DataUseFilter;
import org.imagingledger.projections.permit.DataUseView;
import org.imagingledger.projections.permit.PermitView;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The permit register with the chair's forms, and one permit with its trail and data uses. */
@Controller
class PermitController {

    private final PermitService service;
    private final PermitAccess access;
    private final TrailService trails;
    private final PassportService passports;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration soon;

    PermitController(
            PermitService service,
            PermitAccess access,
            TrailService trails,
            PassportService passports,
            MessageSource messages,
            Clock clock,
            @Value("${ledger.permits.expiring-soon:P30D}") Duration soon) {
        this.service = service;
        this.access = access;
        this.trails = trails;
        this.passports = passports;
        this.messages = messages;
        this.clock = clock;
        this.soon = soon;
    }

    @GetMapping("/permits")
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    String initPermitForms(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String holder,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) Integer page,
            Model model) {
        Instant now = clock.instant();
        PermitStatus st = null;
        for (PermitStatus candidate : PermitStatus.values()) {
            if (candidate.name().equals(status)) {
                st = candidate;
            }
        }
        Page<PermitView> found = access.visible(
                Callers.current(),
                PermitApiController.filter(access, st, holder, dataset, node, null, null),
                PageParams.lenient(page, null));
        var permits = found.getContent();
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("statuses", List.of(PermitStatus.values()));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("holder", holder == null ? "" : holder);
        model.addAttribute("dataset", dataset == null ? "" : dataset);
        model.addAttribute("node", node == null ? "" : node);
        Set<String> expiring = permits.stream()
                .filter(p -> p.isExpiringSoon(now, soon))
                .map(PermitView::getPermitId)
                .collect(Collectors.toSet());
        model.addAttribute("permits", permits);
        model.addAttribute("expiring", expiring);
        model.addAttribute("soonDays", soon.toDays());
        model.addAttribute("seesTrail", PermitAccess.seesAll(Callers.current()));
        return "permits/list";
    }

    @GetMapping("/permits/{id}")
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    String show(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer trailPage,
            Model model) {
        Caller caller = Callers.current();
        PermitView permit = access.visible(id, caller);
        model.addAttribute("permit", permit);
        // the visas a passport carries for this permit: shown to its members, auditors and admins
        boolean seesVisas =
                permit.isMember(caller.name()) || caller.has(Role.AUDITOR) || caller.has(Role.GOVERNANCE_ADMIN);
        model.addAttribute("seesVisas", seesVisas);
        model.addAttribute("visas", seesVisas ? passports.visas(permit) : java.util.List.of());
        model.addAttribute("expiringSoon", permit.isExpiringSoon(clock.instant(), soon));
        Page<TrailService.TrailEntry> trail = trails.trail(id, PageParams.lenient(trailPage, null), Callers.current());
        model.addAttribute("trail", trail.getContent());
        model.addAttribute("trailPager", Pager.of(trail, "trailPage"));
        Page<DataUseView> uses = service.dataUses(
                new DataUseFilter(id, null, null, false, null, null),
                PageParams.lenient(page, null),
                Callers.current());
        model.addAttribute("uses", uses.getContent());
        model.addAttribute("usePager", Pager.of(uses));
        return "permits/show";
    }

    @PostMapping("/permits/{id}/suspend")
    @PreAuthorize(Allowed.CHAIR_OR_ADMIN)
    String processSuspendForm(
            @PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return done(redirect, UiErrors.attempt(redirect, () -> service.suspend(id, reason, Callers.current())));
    }

    @PostMapping("/permits/{id}/reinstate")
    @PreAuthorize(Allowed.CHAIR)
    String processReinstateForm(@PathVariable String id, RedirectAttributes redirect) {
        return done(redirect, UiErrors.attempt(redirect, () -> service.reinstate(id, Callers.current())));
    }

    /** The form gives a date; the permit then runs to the end of that day (UTC). */
    @PostMapping("/permits/{id}/extend")
    @PreAuthorize(Allowed.CHAIR)
    String processExtendForm(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String validUntil,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return done(
                redirect,
                UiErrors.attempt(redirect, () -> service.extend(id, endOfDay(validUntil), reason, Callers.current())));
    }

    @PostMapping("/permits/{id}/revoke")
    @PreAuthorize(Allowed.CHAIR_OR_ADMIN)
    String processRevokeForm(
            @PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return done(redirect, UiErrors.attempt(redirect, () -> service.revoke(id, reason, Callers.current())));
    }

    private String done(RedirectAttributes redirect, boolean ok) {
        if (ok) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/permits";
    }

    private static Instant endOfDay(String date) {
        if (date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date).atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw CommandRejected.invalid(
                    "newValidUntil",
                    ErrorCodes.NOT_A_DATE,
                    "must be a date or a date and time, such as 2026-03-31 or 2026-03-31T14:00");
        }
    }
}
