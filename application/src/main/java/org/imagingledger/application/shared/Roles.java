package org.imagingledger.application.shared;

import java.util.EnumSet;
import java.util.Set;

/** The role sets the ledger's rules name, each defined once. */
public final class Roles {

    /** Those who see the whole ledger (but not necessarily act on it). */
    public static final Set<Role> OVERSIGHT =
            Set.copyOf(EnumSet.of(Role.DAC_MEMBER, Role.DAC_CHAIR, Role.AUDITOR, Role.GOVERNANCE_ADMIN));

    private Roles() {}
}
