package org.imagingledger.web.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A login to the pages through the identity provider: the person is known by the ID token's
 * subject ({@code sub}, the actor in every event they cause), their roles come from the claim
 * mapping applied to the ID token and userinfo claims, and the directory takes their name,
 * e-mail and locale as the provider states them now.
 */
class OidcPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final ClaimRoles claims;
    private final Directory directory;

    OidcPeople(ClaimRoles claims, Directory directory) {
        this.claims = claims;
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        List<GrantedAuthority> authorities = claims.authorities(user.getClaims());
        directory.loggedIn(
                user.getSubject(),
                claims.displayName(user.getClaims(), user.getSubject()),
                user.getEmail(),
                ClaimRoles.roles(authorities),
                NodeOperators.nodeOf(authorities).orElse(null),
                user.getLocale());
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
    }
}
