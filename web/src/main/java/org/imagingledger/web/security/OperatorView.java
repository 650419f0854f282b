package org.imagingledger.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** For the layout: the node the person logged in acts for ({@code ${@operators.node()}}), if any. */
@Component("operators")
public class OperatorView {

    public String node() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        return NodeOperators.nodeOf(auth.getAuthorities()).orElse(null);
    }
}
