package org.imagingledger.web.security;

import java.util.EnumSet;
import java.util.Set;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated request as the application sees it: a {@link Caller}. The only place that
 * reads Spring Security's context; everything below the controllers takes the caller as an argument.
 */
public final class Callers {

    private Callers() {}

    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new IllegalStateException("no authenticated principal");
        }
        return of(auth);
    }

    public static Caller of(Authentication auth) {
        if (auth instanceof NodePrincipal node) {
            return Caller.node(node.nodeId());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        // a node operator: the person acts for their node (events name the person, rules check the node)
        String node = NodeOperators.nodeOf(auth.getAuthorities()).orElse(null);
        if (node != null) {
            roles.add(Role.NODE);
        }
        return new Caller(auth.getName(), roles, node);
    }
}
