package org.imagingledger.web.settings;

import java.util.List;
import org.imagingledger.application.mail.NotificationSettings;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person's page of e-mail settings: one switch per kind. */
@Controller
class NotificationSettingsController {

    private final NotificationSettings settings;
    private final MessageSource messages;

    NotificationSettingsController(NotificationSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/settings/notifications")
    @PreAuthorize(Allowed.ANY_PERSON)
    String initSettingsForm(Model model) {
        model.addAttribute("settings", settings.of(Callers.current()));
        return "settings/notifications";
    }

    @PostMapping("/settings/notifications")
    @PreAuthorize(Allowed.ANY_PERSON)
    String processSettingsForm(
            @RequestParam(name = "kinds", required = false) List<String> kinds, RedirectAttributes redirect) {
        if (UiErrors.attempt(redirect, () -> settings.receive(Callers.current(), kinds == null ? List.of() : kinds))) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("settings.saved", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/settings/notifications";
    }
}
