package org.imagingledger.application.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.NoticeFilter;
import org.imagingledger.projections.permit.PermitQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One inbox per person (and per node, through the API): what waits for them, by the roles they
 * have. A DAC member gets the reviews waiting for their vote, a chair (or deputy) the requests
 * waiting for a chair that they may chair, a researcher the questions put to them and the
 * notices of their permits, everyone their permits that end within {@code ledger.inbox.permits-ending}
 * (30 days); a node the decisions and notices waiting for it.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private final AccessQueries access;
    private final ConsentQueries consents;
    private final PermitQueries permits;
    private final Clock clock;
    private final Duration ending;

    InboxService(
            AccessQueries access,
            ConsentQueries consents,
            PermitQueries permits,
            Clock clock,
            @Value("${ledger.inbox.permits-ending:P30D}") Duration ending) {
        this.access = access;
        this.consents = consents;
        this.permits = permits;
        this.clock = clock;
        this.ending = ending;
    }

    public Duration endingWindow() {
        return ending;
    }

    public Inbox of(Caller caller, PageParams params) {
        Pageable page = params.pageable();
        Instant now = clock.instant();
        if (caller.isNode()) {
            return new Inbox(
                    Page.empty(page),
                    access.awaitingNode(caller.nodeId(), page),
                    Page.empty(page),
                    Page.empty(page),
                    consents.notices(NoticeFilter.all().toNode(caller.nodeId()).pending(), now, page),
                    Page.empty(page));
        }
        String me = caller.name();
        return new Inbox(
                caller.has(Role.DAC_MEMBER) || caller.has(Role.DAC_CHAIR)
                        ? access.awaitingVote(me, page)
                        : Page.empty(page),
                Page.empty(page),
                caller.has(Role.DAC_CHAIR) ? access.awaitingChair(me, page) : Page.empty(page),
                access.awaitingAnswer(me, page),
                consents.notices(NoticeFilter.all().toHolder(me).pending(), now, page),
                permits.endingSoonOf(me, now, ending, page));
    }

    /** The count in the navigation bar. */
    public long count(Caller caller) {
        return of(caller, new PageParams(0, 1)).total();
    }
}
