package org.imagingledger.application.consent;

import org.imagingledger.application.shared.Caller;

/** Who sees every withdrawal notice: the DAC, auditors and governance admins. */
public final class NoticeAccess {

    private NoticeAccess() {}

    public static boolean seesAll(Caller caller) {
        return caller.overseesLedger();
    }
}
