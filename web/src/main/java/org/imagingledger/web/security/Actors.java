package org.imagingledger.web.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The acting principal as the events name it: a user name, or "node:<id>" for a node. */
public final class Actors {

    private Actors() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new IllegalStateException("no authenticated principal");
        }
        return auth.getName();
    }

    /** The node calling, when a node is calling. */
    public static Optional<String> currentNode() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof NodePrincipal node ? Optional.of(node.nodeId()) : Optional.empty();
    }

    /**
     * The oversight side (DAC members and chair, auditors, governance admins): they see the
     * whole ledger, where a researcher or a node sees only what concerns them.
     */
    public static boolean overseesLedger() {
        return has(Role.DAC_MEMBER) || has(Role.DAC_CHAIR) || has(Role.AUDITOR) || has(Role.GOVERNANCE_ADMIN);
    }

    public static boolean has(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
