package org.imagingledger.application.shared;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: the actor name the events carry, the caller's roles and, for a federated node,
 * the node's id. The web layer builds it from the authenticated request; the demo seeder and
 * scheduled jobs build their own. Services decide visibility and permissions from it alone.
 */
public record Caller(String name, Set<Role> roles, String nodeId) {

    /** The actor name of a node in events: one spelling everywhere. */
    public static String nodeActor(String nodeId) {
        return "node:" + nodeId;
    }

    public Caller {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a caller has a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller person(String name, Role... roles) {
        return new Caller(name, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), null);
    }

    public static Caller node(String nodeId) {
        return new Caller(nodeActor(nodeId), Set.of(Role.NODE), nodeId);
    }

    /** The ledger itself, for scheduled work (permit expiry, checkpoints). */
    public static Caller system(String name) {
        return new Caller(name, Set.of(), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> node() {
        return Optional.ofNullable(nodeId);
    }

    public boolean isNode() {
        return nodeId != null;
    }

    /**
     * The oversight side (DAC members and chair, auditors, governance admins): they see the
     * whole ledger, where a researcher or a node sees only what concerns them.
     */
    public boolean overseesLedger() {
        return Roles.OVERSIGHT.stream().anyMatch(roles::contains);
    }
}
