package org.imagingledger.web.inbox;

import java.time.Clock;
import org.imagingledger.application.inbox.InboxService;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What waits for the caller: a person (with HTTP Basic) or a node (with its bearer token). */
@RestController
class InboxApiController {

    private final InboxService inbox;
    private final Clock clock;

    InboxApiController(InboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/api/v1/inbox")
    @PreAuthorize(Allowed.ANY_ROLE)
    InboxDto inbox(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return InboxDto.of(inbox.of(Callers.current(), PageParams.of(page, size)), clock.instant());
    }
}
