package org.imagingledger.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imagingledger.application.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads a person's ledger roles from the claims of an ID token, userinfo or access token, by the
 * configured mapping ({@link LedgerOidc}): each value of each role claim that the mapping names
 * gives its roles; values it does not name give none. Also finds the node a client-credentials
 * token acts for, by its client id ({@code azp}, else {@code client_id}).
 */
final class ClaimRoles {

    /** Not a ledger role: may read /actuator/prometheus and /actuator/metrics. */
    static final String METRICS = "METRICS";

    static final String METRICS_AUTHORITY = "ROLE_" + METRICS;

    private final List<String> claims;
    private final Map<String, Set<String>> byValue = new HashMap<>();
    private final Map<String, String> nodeByClient = new HashMap<>();
    private final List<String> nameClaims;
    private final String nodeClaim;

    ClaimRoles(LedgerOidc oidc) {
        this.nodeClaim = oidc.getNodeClaim() == null || oidc.getNodeClaim().isBlank()
                ? null
                : oidc.getNodeClaim().strip();
        this.claims = List.copyOf(oidc.getRoleClaims());
        this.nameClaims = List.copyOf(oidc.getNameClaims());
        for (LedgerOidc.RoleMapping mapping : oidc.getRoles()) {
            if (mapping.getValue() == null || mapping.getValue().isBlank()) {
                throw new IllegalStateException("ledger.oidc.roles: every mapping needs a value");
            }
            Set<String> roles = byValue.computeIfAbsent(mapping.getValue(), v -> new LinkedHashSet<>());
            for (String role : mapping.getRoles()) {
                String name = role.strip().toUpperCase(java.util.Locale.ROOT);
                if (!name.equals(METRICS)
                        && java.util.Arrays.stream(Role.values())
                                .noneMatch(r -> r.name().equals(name))) {
                    throw new IllegalStateException("ledger.oidc.roles: '" + role + "' (for '" + mapping.getValue()
                            + "') is not a ledger role; use one of " + java.util.Arrays.toString(Role.values())
                            + " or " + METRICS);
                }
                roles.add(name);
            }
        }
        for (LedgerOidc.NodeClient client : oidc.getNodeClients()) {
            if (client.getClientId() == null || client.getNode() == null) {
                throw new IllegalStateException("ledger.oidc.node-clients: every entry needs client-id and node");
            }
            nodeByClient.put(client.getClientId(), client.getNode());
        }
    }

    /** The authorities the claims give (ROLE_RESEARCHER, ..., ROLE_METRICS). */
    List<GrantedAuthority> authorities(Map<String, Object> claimSet) {
        Set<String> names = new LinkedHashSet<>();
        for (String claim : claims) {
            for (String value : values(claimSet, claim)) {
                names.addAll(byValue.getOrDefault(value, Set.of()));
            }
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        names.forEach(n -> authorities.add(new SimpleGrantedAuthority("ROLE_" + n)));
        operatedNode(claimSet)
                .ifPresent(node -> NodeOperators.authorities(node).stream()
                        .filter(a -> !authorities.contains(a))
                        .forEach(authorities::add));
        return authorities;
    }

    /** The node a person operates, named by the configured node claim (one value). */
    Optional<String> operatedNode(Map<String, Object> claimSet) {
        if (nodeClaim == null) {
            return Optional.empty();
        }
        List<String> values = values(claimSet, nodeClaim);
        return values.size() == 1 && !values.get(0).isBlank()
                ? Optional.of(values.get(0).strip())
                : Optional.empty();
    }

    /** The ledger roles among the authorities (METRICS is not one). */
    static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(a.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** The node a token's client acts for, when its client id is a configured node client. */
    Optional<String> node(Map<String, Object> claimSet) {
        Object client = claimSet.get("azp");
        if (client == null) {
            client = claimSet.get("client_id");
        }
        return client == null ? Optional.empty() : Optional.ofNullable(nodeByClient.get(client.toString()));
    }

    /** The name to show: the first name claim present, else the subject. */
    String displayName(Map<String, Object> claimSet, String subject) {
        for (String claim : nameClaims) {
            Object value = claimSet.get(claim);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return subject;
    }

    /** The values of a claim: a string, or a list of strings, found by a dotted path (realm_access.roles). */
    static List<String> values(Map<String, Object> claimSet, String path) {
        Object current = claimSet;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return List.of();
            }
            current = map.get(part);
        }
        if (current instanceof String s) {
            return List.of(s);
        }
        if (current instanceof Collection<?> many) {
            return many.stream()
                    .filter(v -> v instanceof String)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }
}
