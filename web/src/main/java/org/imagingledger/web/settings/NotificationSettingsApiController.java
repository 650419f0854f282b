package org.imagingledger.web.settings;

import java.util.List;
import org.imagingledger.application.mail.NotificationSettings;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own e-mail settings. */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationSettingsApiController {

    private final NotificationSettings settings;

    NotificationSettingsApiController(NotificationSettings settings) {
        this.settings = settings;
    }

    /** The kinds of e-mail the caller receives: every kind not listed is turned off. */
    record KindsForm(List<String> kinds) {}

    @GetMapping
    @PreAuthorize(Allowed.ANY_PERSON)
    NotificationSettings.Settings mine() {
        return settings.of(Callers.current());
    }

    @PutMapping
    @PreAuthorize(Allowed.ANY_PERSON)
    NotificationSettings.Settings change(@RequestBody KindsForm form) {
        return settings.receive(Callers.current(), form.kinds());
    }
}
