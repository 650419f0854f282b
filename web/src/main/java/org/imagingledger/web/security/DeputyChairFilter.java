package org.imagingledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.imagingledger.application.dac.Deputies;
import org.imagingledger.application.shared.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A deputy chair is a role kept in the ledger (granted and revoked by a governance admin, as
 * events), not in the login configuration: for each request, a person who is a deputy now acts
 * with the DAC chair's role, so that every chair endpoint, page and rule honours it at once and
 * a revocation takes effect on the next request. The session's own authentication is never
 * changed: the role is added to this request's context only.
 */
class DeputyChairFilter extends OncePerRequestFilter {

    static final String DEPUTY = "ROLE_DEPUTY_CHAIR";

    private final Deputies deputies;

    DeputyChairFilter(Deputies deputies) {
        this.deputies = deputies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext original = SecurityContextHolder.getContext();
        Authentication auth = original.getAuthentication();
        if (!isPerson(auth) || hasChair(auth) || !deputies.isDeputy(auth.getName())) {
            chain.doFilter(request, response);
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(auth.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(Role.DAC_CHAIR.authority()));
        authorities.add(new SimpleGrantedAuthority(DEPUTY));
        UsernamePasswordAuthenticationToken deputy =
                UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
        deputy.setDetails(auth.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(deputy);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(original);
        }
    }

    private static boolean isPerson(Authentication auth) {
        return auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)
                && !(auth instanceof NodePrincipal);
    }

    private static boolean hasChair(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.DAC_CHAIR.authority()));
    }
}
