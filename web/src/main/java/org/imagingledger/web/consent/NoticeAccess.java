package org.imagingledger.web.consent;

import org.imagingledger.web.security.Actors;
import org.imagingledger.web.security.Role;

/** Who sees every withdrawal notice: the DAC, auditors and governance admins. */
public final class NoticeAccess {

    private NoticeAccess() {
    }

    public static boolean seesAll() {
        return Actors.has(Role.DAC_MEMBER) || Actors.has(Role.DAC_CHAIR) || Actors.has(Role.AUDITOR)
                || Actors.has(Role.GOVERNANCE_ADMIN);
    }
}
