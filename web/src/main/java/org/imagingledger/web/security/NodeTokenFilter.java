package org.imagingledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.imagingledger.application.catalogue.NodeCredentials;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates nodes by "Authorization: Bearer <token>" against the stored token hashes (JWTs go to the resource server). */
class NodeTokenFilter extends OncePerRequestFilter {

    private final NodeCredentials credentials;
    private final ProblemResponses problems;
    private final boolean jwtElsewhere;

    /**
     * @param jwtElsewhere whether bearer JWTs are checked by the resource server (an identity
     *     provider is configured): then they are left to it, and only other tokens are node tokens
     */
    NodeTokenFilter(NodeCredentials credentials, ProblemResponses problems, boolean jwtElsewhere) {
        this.credentials = credentials;
        this.problems = problems;
        this.jwtElsewhere = jwtElsewhere;
    }

    /** Three base64url parts separated by dots: a JWS. Node tokens ({@code nt_…}) never contain a dot. */
    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            if (jwtElsewhere && looksLikeJwt(token)) {
                chain.doFilter(request, response);
                return;
            }
            Optional<String> node = credentials.nodeFor(token);
            if (node.isEmpty()) {
                problems.write(
                        request, response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNKNOWN_TOKEN, "unknown bearer token");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new NodePrincipal(node.get()));
        }
        chain.doFilter(request, response);
    }
}
