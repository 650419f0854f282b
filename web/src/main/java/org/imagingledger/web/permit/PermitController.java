package org.imagingledger.web.permit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingledger.application.passport.PassportService;
import org.imagingledger.application.permit.PermitAccess;
import org.imagingledger.application.permit.PermitService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.LedgerTime;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.permit.DataUseFilter;
import org.imagingledger.projections.permit.DataUseView;
import org.imagingledger.projections.permit.PermitState;
import org.imagingledger.projections.permit.PermitView;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.imagingledger.web.trail.Timeline;
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

/**
 * The permit register, and one permit with its trail, data uses and actions: suspend, reinstate
 * (with a reason), extend (to a last day) and revoke (after a confirmation page saying what
 * happens). Each action returns to the permit's page.
 */
@Controller
class PermitController {

    private final PermitService service;
    private final PermitAccess access;
    private final TrailService trails;
    private final PassportService passports;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration soon;
    private final LedgerTime time;
    private final Timeline timeline;

    PermitController(
            PermitService service,
            PermitAccess access,
            TrailService trails,
            PassportService passports,
            MessageSource messages,
            Clock clock,
            @Value("${ledger.permits.expiring-soon:P30D}") Duration soon,
            LedgerTime time,
            Timeline timeline) {
        this.service = service;
        this.access = access;
        this.trails = trails;
        this.passports = passports;
        this.messages = messages;
        this.clock = clock;
        this.soon = soon;
        this.time = time;
        this.timeline = timeline;
    }

    @GetMapping("/permits")
    @PreAuthorize(Allowed.ANY_ROLE)
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String holder,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) Integer page,
            Model model) {
        Instant now = clock.instant();
        PermitState state = null;
        for (PermitState candidate : PermitState.values()) {
            if (candidate.name().equals(status)) {
                state = candidate;
            }
        }
        Page<PermitView> found = access.visible(
                Callers.current(),
                PermitApiController.filter(access, state, holder, dataset, node, null, null, now),
                PageParams.lenient(page, null));
        var permits = found.getContent();
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("states", List.of(PermitState.values()));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("holder", holder == null ? "" : holder);
        model.addAttribute("dataset", dataset == null ? "" : dataset);
        model.addAttribute("node", node == null ? "" : node);
        Set<String> expiring = permits.stream()
                .filter(p -> p.isExpiringSoon(now, soon))
                .map(PermitView::getPermitId)
                .collect(Collectors.toSet());
        model.addAttribute("permits", permits);
        model.addAttribute("now", now);
        model.addAttribute("expiring", expiring);
        model.addAttribute("soonDays", soon.toDays());
        model.addAttribute("seesTrail", PermitAccess.seesAll(Callers.current()));
        return "permits/list";
    }

    @GetMapping("/permits.csv")
    @PreAuthorize(Allowed.ANY_ROLE)
    void csv(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String holder,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String node,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        Instant now = clock.instant();
        PermitState state = null;
        for (PermitState candidate : PermitState.values()) {
            if (candidate.name().equals(status)) {
                state = candidate;
            }
        }
        var filter = PermitApiController.filter(access, state, holder, dataset, node, null, null, now);
        Caller caller = Callers.current();
        java.util.Locale locale = LocaleContextHolder.getLocale();
        org.imagingledger.web.config.Csv.write(
                response,
                "permits.csv",
                List.of(
                        text("permits.id", locale),
                        text("permits.request", locale),
                        text("permits.holder", locale),
                        text("permits.members", locale),
                        text("permits.datasets", locale),
                        text("permits.operations", locale),
                        text("permits.purpose", locale),
                        text("permits.validFrom", locale),
                        text("ui.permit.lastDay", locale),
                        text("csv.validUntilExclusive", locale),
                        text("permits.status", locale),
                        text("permits.uses", locale),
                        text("csv.flagged", locale)),
                params -> access.visible(caller, filter, params),
                p -> List.of(
                        p.getPermitId(),
                        p.getRequestId(),
                        p.getHolder(),
                        p.getMembers(),
                        p.getDatasets(),
                        p.getOperations(),
                        p.getPurpose().getCodes(),
                        String.valueOf(p.getValidFrom()),
                        String.valueOf(time.lastDay(p.getValidUntil())),
                        String.valueOf(p.getValidUntil()),
                        text("permits.status." + p.stateAt(now), locale),
                        p.getUses(),
                        p.getFlaggedUses()));
    }

    private String text(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @GetMapping("/permits/{id}")
    @PreAuthorize(Allowed.ANY_ROLE)
    String show(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer trailPage,
            Model model) {
        Caller caller = Callers.current();
        PermitView permit = access.visible(id, caller);
        Instant now = clock.instant();
        PermitState state = permit.stateAt(now);
        model.addAttribute("permit", permit);
        model.addAttribute("state", state);
        // the visas a passport carries for this permit: shown to its members, auditors and admins
        boolean seesVisas =
                permit.isMember(caller.name()) || caller.has(Role.AUDITOR) || caller.has(Role.GOVERNANCE_ADMIN);
        model.addAttribute("seesVisas", seesVisas);
        model.addAttribute("visas", seesVisas ? passports.visas(permit) : java.util.List.of());
        model.addAttribute("expiringSoon", permit.isExpiringSoon(now, soon));
        Page<TrailService.TrailEntry> trail = trails.trail(id, PageParams.lenient(trailPage, null), caller);
        model.addAttribute("trail", timeline.entries(trail.getContent(), caller));
        model.addAttribute("trailPager", Pager.of(trail, "trailPage"));
        Page<DataUseView> uses = service.dataUses(
                new DataUseFilter(id, null, null, false, null, null), PageParams.lenient(page, null), caller);
        model.addAttribute("uses", uses.getContent());
        model.addAttribute("usePager", Pager.of(uses));
        // the actions, for those who may take them (a member may never reinstate or extend their own permit)
        boolean chair = caller.has(Role.DAC_CHAIR) && !permit.isMember(caller.name());
        boolean admin = caller.has(Role.GOVERNANCE_ADMIN);
        boolean live = state.isLive();
        model.addAttribute(
                "maySuspend", (chair || admin) && (state == PermitState.ACTIVE || state == PermitState.NOT_YET_VALID));
        model.addAttribute("mayReinstate", chair && state == PermitState.SUSPENDED);
        model.addAttribute("mayExtend", chair && live);
        model.addAttribute("mayRevoke", (chair || admin) && live);
        model.addAttribute("lastDay", time.lastDay(permit.getValidUntil()));
        return "permits/show";
    }

    @PostMapping("/permits/{id}/suspend")
    @PreAuthorize(Allowed.CHAIR_OR_ADMIN)
    String processSuspendForm(
            @PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return done(id, redirect, UiErrors.attempt(redirect, () -> service.suspend(id, reason, Callers.current())));
    }

    @PostMapping("/permits/{id}/reinstate")
    @PreAuthorize(Allowed.CHAIR)
    String processReinstateForm(
            @PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return done(id, redirect, UiErrors.attempt(redirect, () -> service.reinstate(id, reason, Callers.current())));
    }

    /** The form gives the new last day; the permit then runs to the end of that day in the ledger's zone. */
    @PostMapping("/permits/{id}/extend")
    @PreAuthorize(Allowed.CHAIR)
    String processExtendForm(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String validUntil,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return done(
                id,
                redirect,
                UiErrors.attempt(redirect, () -> service.extend(id, endOfDay(validUntil), reason, Callers.current())));
    }

    /** What a revocation does, before it is done: the page asks to confirm, with a reason. */
    @GetMapping("/permits/{id}/revoke")
    @PreAuthorize(Allowed.CHAIR_OR_ADMIN)
    String initRevokeForm(@PathVariable String id, Model model) {
        PermitView permit = access.visible(id, Callers.current());
        model.addAttribute("permit", permit);
        model.addAttribute("state", permit.stateAt(clock.instant()));
        return "permits/revoke";
    }

    @PostMapping("/permits/{id}/revoke")
    @PreAuthorize(Allowed.CHAIR_OR_ADMIN)
    String processRevokeForm(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            UiErrors.refuseField(redirect, "confirm", ErrorCodes.CONFIRMATION_REQUIRED);
            return "redirect:/permits/" + id + "/revoke";
        }
        if (!UiErrors.attempt(redirect, () -> service.revoke(id, reason, Callers.current()))) {
            return "redirect:/permits/" + id + "/revoke";
        }
        return done(id, redirect, true);
    }

    private String done(String id, RedirectAttributes redirect, boolean ok) {
        if (ok) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/permits/" + id;
    }

    private Instant endOfDay(String date) {
        if (date.isBlank()) {
            return null;
        }
        try {
            return time.endAfter(LocalDate.parse(date.trim()));
        } catch (DateTimeParseException e) {
            throw CommandRejected.invalid(
                    "validUntil",
                    ErrorCodes.NOT_A_DATE,
                    "must be a date or a date and time, such as 2026-03-31 or 2026-03-31T14:00");
        }
    }
}
