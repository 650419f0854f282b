package org.imagingledger.web.dac;

import org.imagingledger.application.dac.Deputies;
import org.imagingledger.application.people.People;
import org.imagingledger.application.people.Person;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.projections.dac.DeputyView;
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

/** The deputy chairs: who holds the role, and the governance admin's grant and revoke forms. */
@Controller
class DeputyController {

    private final Deputies deputies;
    private final People people;
    private final MessageSource messages;

    DeputyController(Deputies deputies, People people, MessageSource messages) {
        this.deputies = deputies;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/deputies")
    @PreAuthorize(Allowed.OVERSIGHT)
    String initDeputyForms(@RequestParam(required = false) Integer page, Model model) {
        Page<DeputyView> list = deputies.list(PageParams.lenient(page, null));
        model.addAttribute("deputies", list.getContent());
        model.addAttribute("pager", Pager.of(list));
        model.addAttribute(
                "candidates",
                people.withRole(Role.DAC_MEMBER).stream()
                        .filter(p -> !p.has(Role.DAC_CHAIR) && !deputies.isDeputy(p.getSubject()))
                        .map(Person::getSubject)
                        .toList());
        return "dac/deputies";
    }

    @GetMapping("/deputies.csv")
    @PreAuthorize(Allowed.OVERSIGHT)
    void csv(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        org.imagingledger.web.config.Csv.write(
                response,
                "deputy-chairs.csv",
                java.util.List.of(
                        messages.getMessage("deputies.person", null, locale),
                        messages.getMessage("ui.field.displayName", null, locale),
                        messages.getMessage("deputies.grantedBy", null, locale),
                        messages.getMessage("deputies.grantedAt", null, locale)),
                deputies::list,
                d -> java.util.List.of(
                        d.getPerson(),
                        people.displayName(d.getPerson()),
                        d.getGrantedBy(),
                        String.valueOf(d.getGrantedAt())));
    }

    @PostMapping("/deputies")
    @PreAuthorize(Allowed.ADMIN)
    String processGrantForm(@RequestParam(required = false) String person, RedirectAttributes redirect) {
        return done(redirect, UiErrors.attempt(redirect, () -> deputies.grant(person, Callers.current())));
    }

    @PostMapping("/deputies/{person}/revoke")
    @PreAuthorize(Allowed.ADMIN)
    String processRevokeForm(
            @PathVariable String person, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return done(redirect, UiErrors.attempt(redirect, () -> deputies.revoke(person, reason, Callers.current())));
    }

    private String done(RedirectAttributes redirect, boolean ok) {
        if (ok) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/deputies";
    }
}
