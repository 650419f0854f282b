package org.imagingledger.web.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.imagingledger.application.consent.ConsentService;
import org.imagingledger.application.consent.NoticeAccess;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.webhook.NoticeDeliveries;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.NoticeFilter;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consent-withdrawal notices with their acknowledgements and ages, unacknowledged first. */
@Controller
class NoticeController {

    private final ConsentQueries consents;
    private final ConsentService service;
    private final NoticeDeliveries pushes;
    private final MessageSource messages;
    private final Clock clock;

    NoticeController(
            ConsentQueries consents,
            ConsentService service,
            NoticeDeliveries pushes,
            MessageSource messages,
            Clock clock) {
        this.consents = consents;
        this.service = service;
        this.pushes = pushes;
        this.messages = messages;
        this.clock = clock;
    }

    /** One table row: the notice, its age, and whether the viewer may acknowledge it here. */
    record Row(
            WithdrawalNoticeView notice,
            Age age,
            Age timeToAcknowledge,
            boolean canAcknowledge,
            java.time.Instant pushedAt,
            Age timeToPush) {}

    @GetMapping("/notices")
    @PreAuthorize(Allowed.ANY_ROLE)
    String list(
            @RequestParam(defaultValue = "false") boolean pending,
            @RequestParam(required = false) String permit,
            @RequestParam(required = false) Integer page,
            Model model) {
        Instant now = clock.instant();
        Caller caller = Callers.current();
        NoticeFilter filter = filterFor(caller, pending, permit);
        Page<ConsentQueries.NoticeAge> found =
                consents.notices(filter, now, PageParams.lenient(page, null).pageable());
        List<ConsentQueries.NoticeAge> notices = found.getContent();
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("pendingOnly", pending);
        model.addAttribute("permit", permit == null ? "" : permit);
        java.util.Map<String, java.time.Instant> pushed = pushes.firstDelivered(
                notices.stream().map(n -> n.notice().getNoticeId()).toList());
        List<Row> rows = notices.stream()
                .map(n -> new Row(
                        n.notice(),
                        Age.of(n.age()),
                        n.notice().getTimeToAcknowledge() == null
                                ? null
                                : Age.of(n.notice().getTimeToAcknowledge()),
                        mayAcknowledge(caller, n.notice()),
                        pushed.get(n.notice().getNoticeId()),
                        pushed.containsKey(n.notice().getNoticeId())
                                ? Age.of(java.time.Duration.between(
                                        n.notice().getIssuedAt(),
                                        pushed.get(n.notice().getNoticeId())))
                                : null))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("chart", NoticeChart.of(notices));
        return "notices/list";
    }

    @GetMapping("/notices.csv")
    @PreAuthorize(Allowed.ANY_ROLE)
    void csv(
            @RequestParam(defaultValue = "false") boolean pending,
            @RequestParam(required = false) String permit,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        Instant now = clock.instant();
        NoticeFilter filter = filterFor(Callers.current(), pending, permit);
        java.util.Locale locale = LocaleContextHolder.getLocale();
        org.imagingledger.web.config.Csv.write(
                response,
                "withdrawal-notices.csv",
                List.of(
                        text("csv.notice", locale),
                        text("notices.consent", locale),
                        text("csv.recipientKind", locale),
                        text("notices.recipient", locale),
                        text("csv.addressee", locale),
                        text("notices.datasets", locale),
                        text("notices.issuedAt", locale),
                        text("csv.acknowledgedAt", locale),
                        text("csv.acknowledgedBy", locale),
                        text("csv.secondsToAcknowledge", locale),
                        text("csv.ageSeconds", locale)),
                params -> consents.notices(filter, now, params.pageable()),
                n -> List.of(
                        n.notice().getNoticeId(),
                        n.notice().getConsentId(),
                        n.notice().getRecipientKind().name(),
                        n.notice().getRecipientId(),
                        n.notice().getAddressee() == null ? "" : n.notice().getAddressee(),
                        n.notice().getDatasets(),
                        String.valueOf(n.notice().getIssuedAt()),
                        n.notice().getAcknowledgedAt() == null
                                ? ""
                                : n.notice().getAcknowledgedAt().toString(),
                        n.notice().getAcknowledgedBy() == null ? "" : n.notice().getAcknowledgedBy(),
                        n.notice().getTimeToAcknowledge() == null
                                ? ""
                                : n.notice().getTimeToAcknowledge().toSeconds(),
                        n.age().toSeconds()));
    }

    private String text(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /**
     * The notices the caller sees: the oversight side all of them; a node operator those addressed
     * to their node; a permit holder those addressed to them.
     */
    static NoticeFilter filterFor(Caller caller, boolean pending, String permit) {
        NoticeFilter filter = new NoticeFilter(pending, null, null, Specs.blankToNull(permit), null, null);
        if (caller.isNode()) {
            return filter.toNode(caller.nodeId());
        }
        return NoticeAccess.seesAll(caller) ? filter : filter.toHolder(caller.name());
    }

    /** As ConsentService decides: a node's notice by its node; a permit's by its holder or a governance admin. */
    static boolean mayAcknowledge(Caller caller, WithdrawalNoticeView notice) {
        if (!notice.isPending()) {
            return false;
        }
        if (notice.getRecipientKind() == RecipientKind.NODE) {
            return caller.isNode() && notice.getRecipientId().equals(caller.nodeId());
        }
        return !caller.isNode()
                && (caller.has(Role.GOVERNANCE_ADMIN) || notice.getAddressee().equals(caller.name()));
    }

    /** What acknowledging means, before it is recorded: the page asks to confirm. */
    @GetMapping("/notices/{noticeId}/acknowledge")
    @PreAuthorize(Allowed.NODE_RESEARCHER_OR_ADMIN)
    String initAcknowledgeForm(@PathVariable String noticeId, Model model) {
        Caller caller = Callers.current();
        WithdrawalNoticeView notice = consents.notice(noticeId)
                .filter(n -> mayAcknowledge(caller, n) || !n.isPending() && seesNotice(caller, n))
                .orElseThrow(() -> CommandRejected.notFound("withdrawal notice", noticeId));
        model.addAttribute("notice", notice);
        model.addAttribute("age", Age.of(java.time.Duration.between(notice.getIssuedAt(), clock.instant())));
        return "notices/acknowledge";
    }

    private static boolean seesNotice(Caller caller, WithdrawalNoticeView n) {
        if (caller.isNode()) {
            return n.getRecipientKind() == RecipientKind.NODE
                    && n.getRecipientId().equals(caller.nodeId());
        }
        return NoticeAccess.seesAll(caller) || n.getAddressee().equals(caller.name());
    }

    @PostMapping("/notices/{noticeId}/acknowledge")
    @PreAuthorize(Allowed.NODE_RESEARCHER_OR_ADMIN)
    String processAcknowledgeForm(
            @PathVariable String noticeId,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            UiErrors.refuseField(redirect, "confirm", ErrorCodes.CONFIRMATION_REQUIRED);
            return "redirect:/notices/" + noticeId + "/acknowledge";
        }
        if (!UiErrors.attempt(redirect, () -> service.acknowledge(noticeId, Callers.current()))) {
            return "redirect:/notices/" + noticeId + "/acknowledge";
        }
        redirect.addFlashAttribute("message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        return "redirect:/notices";
    }
}
