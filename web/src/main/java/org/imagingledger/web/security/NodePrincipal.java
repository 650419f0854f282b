package org.imagingledger.web.security;

import java.util.List;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A federated node, authenticated by its bearer token. */
public class NodePrincipal extends AbstractAuthenticationToken {

    private final String nodeId;

    public NodePrincipal(String nodeId) {
        super(List.of(new SimpleGrantedAuthority(Role.NODE.authority())));
        this.nodeId = nodeId;
        setAuthenticated(true);
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return nodeId;
    }

    @Override
    public String getName() {
        return Caller.nodeActor(nodeId);
    }
}
