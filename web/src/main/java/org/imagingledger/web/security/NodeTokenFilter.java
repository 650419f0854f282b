package org.imagingledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates nodes by "Authorization: Bearer <token>" against the stored token hashes. */
class NodeTokenFilter extends OncePerRequestFilter {

    private final CatalogueQueries catalogue;

    NodeTokenFilter(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            Optional<String> node = catalogue.nodeByTokenSha256(Tokens.sha256(token));
            if (node.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/json");
                response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"unknown bearer token\",\"violations\":[]}");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new NodePrincipal(node.get()));
        }
        chain.doFilter(request, response);
    }
}
