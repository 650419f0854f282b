package org.imagingledger.web.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingledger.application.shared.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified bearer JWT as the ledger sees it: a configured node client's client-credentials
 * token is that node; any other token is a person (its subject id, roles from the claim
 * mapping), whose directory entry is kept up to date.
 */
class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ClaimRoles claims;
    private final Directory directory;

    TokenAuthentication(ClaimRoles claims, Directory directory) {
        this.claims = claims;
        this.directory = directory;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Map<String, Object> claimSet = jwt.getClaims();
        var node = claims.node(claimSet);
        if (node.isPresent()) {
            return new NodePrincipal(node.get());
        }
        List<GrantedAuthority> authorities = claims.authorities(claimSet);
        Set<Role> roles = ClaimRoles.roles(authorities);
        if (!roles.isEmpty()) {
            // a person (a client with the metrics role alone is no one to list in the directory)
            directory.calledWithToken(
                    jwt.getSubject(),
                    claims.displayName(claimSet, jwt.getSubject()),
                    jwt.getClaimAsString("email"),
                    roles,
                    NodeOperators.nodeOf(authorities).orElse(null),
                    jwt.getClaimAsString("locale"));
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
