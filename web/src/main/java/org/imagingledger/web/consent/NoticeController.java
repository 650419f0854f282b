package org.imagingledger.web.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.imagingledger.application.consent.ConsentService;
import org.imagingledger.application.consent.NoticeAccess;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.webhook.NoticeDeliveries;
import org.imagingledger.domain.consent.api.RecipientKind;
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
    @PreAuthorize(Allowed.RESEARCHER_OR_OVERSIGHT)
    String initAcknowledgeForm(
            @RequestParam(defaultValue = "false") boolean pending,
            @RequestParam(required = false) String permit,
            @RequestParam(required = false) Integer page,
            Model model) {
        Instant now = clock.instant();
        boolean admin = Callers.current().has(Role.GOVERNANCE_ADMIN);
        String user = Callers.current().name();
        NoticeFilter filter = new NoticeFilter(pending, null, null, Specs.blankToNull(permit), null, null);
        if (!NoticeAccess.seesAll(Callers.current())) {
            filter = filter.toHolder(user);
        }
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
                        n.notice().isPending()
                                && n.notice().getRecipientKind() == RecipientKind.PERMIT
                                && (admin || n.notice().getAddressee().equals(user)),
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

    @PostMapping("/notices/{noticeId}/acknowledge")
    @PreAuthorize(Allowed.RESEARCHER_OR_ADMIN)
    String processAcknowledgeForm(@PathVariable String noticeId, RedirectAttributes redirect) {
        if (UiErrors.attempt(redirect, () -> service.acknowledge(noticeId, Callers.current()))) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/notices";
    }
}
