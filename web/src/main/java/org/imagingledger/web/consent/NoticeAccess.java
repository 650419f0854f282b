package org.imagingledger.web.consent;

import org.imagingledger.web.security.Actors;

/** Who sees every withdrawal notice: the DAC, auditors and governance admins. */
public final class NoticeAccess {

    private NoticeAccess() {
    }

    public static boolean seesAll() {
        return Actors.overseesLedger();
    }
}
