package org.imagingledger.web.inbox;

import org.imagingledger.application.inbox.InboxService;
import org.imagingledger.web.security.Callers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of what waits for the person, on every page's navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class InboxCount {

    private final InboxService inbox;

    InboxCount(InboxService inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("inboxCount")
    Long inboxCount() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return inbox.count(Callers.current());
    }
}
