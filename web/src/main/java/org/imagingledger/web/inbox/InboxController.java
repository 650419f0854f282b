package org.imagingledger.web.inbox;

import java.time.Clock;
import org.imagingledger.application.inbox.Inbox;
import org.imagingledger.application.inbox.InboxService;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One page per person: what waits for them, each list with its own pager. */
@Controller
class InboxController {

    private final InboxService inbox;
    private final Clock clock;

    InboxController(InboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    @PreAuthorize(Allowed.ANY_ROLE)
    String inbox(@RequestParam(required = false) Integer page, Model model) {
        Inbox mine = inbox.of(Callers.current(), PageParams.lenient(page, null));
        model.addAttribute("inbox", mine);
        model.addAttribute("now", clock.instant());
        model.addAttribute("endingDays", inbox.endingWindow().toDays());
        model.addAttribute("votesPager", Pager.of(mine.votes()));
        model.addAttribute("chairPager", Pager.of(mine.chair()));
        model.addAttribute("questionsPager", Pager.of(mine.questions()));
        model.addAttribute("noticesPager", Pager.of(mine.notices()));
        model.addAttribute("permitsPager", Pager.of(mine.permitsEnding()));
        model.addAttribute("nodeDecisionsPager", Pager.of(mine.nodeDecisions()));
        return "inbox/index";
    }
}
