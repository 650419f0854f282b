package org.imagingledger.web.security;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A node operator: a person who acts for one node, in the pages and the API, with their own
 * login. They hold the NODE role and an authority naming their node, so that the caller the
 * application sees is the person (the actor of the events they cause) and the node (which every
 * node rule checks). The demo's configured users name their node with {@code node-id}; with
 * OpenID Connect a configured claim does ({@code ledger.oidc.node-claim}).
 */
final class NodeOperators {

    static final String PREFIX = "NODE_OPERATOR:";

    private NodeOperators() {}

    /** The authorities that make a person an operator of the node: the NODE role and the node. */
    static java.util.List<GrantedAuthority> authorities(String nodeId) {
        return java.util.List.of(new SimpleGrantedAuthority("ROLE_NODE"), new SimpleGrantedAuthority(PREFIX + nodeId));
    }

    /** The node a person operates, when they are an operator. */
    static Optional<String> nodeOf(Collection<? extends GrantedAuthority> authorities) {
        for (GrantedAuthority a : authorities) {
            if (a.getAuthority() != null && a.getAuthority().startsWith(PREFIX)) {
                return Optional.of(a.getAuthority().substring(PREFIX.length()));
            }
        }
        return Optional.empty();
    }
}
