package org.imagingledger.web.home;

import org.imagingledger.web.config.BarChart;
import org.imagingledger.web.consent.Age;

/**
 * What the home page counts for the person logged in. The DAC side (members, chair, auditors,
 * governance admins) counts the whole ledger; a researcher their own requests, the permits they
 * hold or share and the notices addressed to them. Null parts are not the viewer's to see.
 */
record Dashboard(boolean dacView, Requests requests, Permits permits, Notices notices, long soonDays, BarChart chart) {

    /** Open: submitted or under review; overdue: open and past the deadline. */
    record Requests(long open, long overdue) {}

    /** Expiring: live and ending within the expiring-soon window; flagged: uses outside the permit. */
    record Permits(long active, long suspended, long expiringSoon, long flaggedUses) {}

    /** Pending withdrawal notices; the oldest one's wait, or null when none waits. */
    record Notices(long pending, Age oldestPending) {}

    static Dashboard none() {
        return new Dashboard(false, null, null, null, 0, null);
    }
}
