package org.imagingledger.application.permit;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.domain.permit.api.ExpirePermit;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires permits by themselves: every ledger.permits.expiry-check (default one minute) it
 * sends ExpirePermit for each live permit whose validity has ended. The aggregate decides
 * again, so a permit extended in the meantime is simply refused and left alone.
 */
@Component
public class PermitExpiry {

    public static final String ACTOR = "system:permit-expiry";
    private static final Logger log = LoggerFactory.getLogger(PermitExpiry.class);

    private final PermitQueries permits;
    private final CommandGateway commands;
    private final Clock clock;

    PermitExpiry(PermitQueries permits, CommandGateway commands, Clock clock) {
        this.permits = permits;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ledger.permits.expiry-check:PT1M}",
            initialDelayString = "${ledger.permits.expiry-check:PT1M}")
    @SchedulerLock(name = "permit-expiry", lockAtMostFor = "${ledger.permits.expiry-lock-at-most-for:PT5M}")
    public void run() {
        expireDue(clock.instant());
    }

    /** Returns how many permits it expired; one failure does not stop the others. */
    public int expireDue(Instant now) {
        int expired = 0;
        for (PermitView permit : permits.dueForExpiry(now)) {
            try {
                commands.sendAndWait(new ExpirePermit(permit.getPermitId(), ACTOR, now));
                expired++;
            } catch (RuntimeException e) {
                log.warn("permit {} not expired: {}", permit.getPermitId(), e.getMessage());
            }
        }
        if (expired > 0) {
            log.info("expired {} permit(s)", expired);
        }
        return expired;
    }
}
