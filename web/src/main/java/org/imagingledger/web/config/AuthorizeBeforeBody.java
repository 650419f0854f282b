package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an endpoint's {@code @PreAuthorize} rule before Spring MVC reads and parses the body:
 * a caller whose role may not call it is refused (403) without the server buffering what it
 * sent. Method security still checks the same rule again when the method is invoked. The
 * rules name roles only, never arguments, so they can be judged without the arguments.
 */
class AuthorizeBeforeBody implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Supplier<Authentication> who =
                    () -> SecurityContextHolder.getContext().getAuthentication();
            SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
            AuthorizationResult result = rules.authorize(who, invocation);
            if (result != null && !result.isGranted()) {
                throw new AccessDeniedException("your role may not do this");
            }
        }
        return true;
    }
}
