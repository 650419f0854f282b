package org.imagingledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of every answer (pages, errors, the API, static files): scripts and
 * styles only from the ledger's own files (no inline script, no {@code on*=} handler, no
 * {@code style=} attribute), images from itself or data: URLs, no plugins, no framing, forms
 * posting only to the ledger. A form's redirect counts as its target, so with OpenID Connect the
 * logout form (which ends the provider's session too) may also go to the identity providers'
 * origins. Also {@code Referrer-Policy: same-origin}.
 */
@Configuration(proxyBeanMethods = false)
class ContentSecurityPolicy {

    static final String BASE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /** The policy, with the providers' origins allowed as targets of the login and logout forms' redirects. */
    static String policy(Iterable<ClientRegistration> providers) {
        Set<String> origins = new LinkedHashSet<>();
        for (ClientRegistration r : providers) {
            origin(r.getProviderDetails().getAuthorizationUri()).ifPresent(origins::add);
            Object endSession =
                    r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                origin(endSession.toString()).ifPresent(origins::add);
            }
        }
        return origins.isEmpty() ? BASE : BASE + " " + String.join(" ", origins);
    }

    private static java.util.Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(
                    uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> contentSecurityPolicyFilter(
            ObjectProvider<ClientRegistrationRepository> registrations) {
        String header = policy(LoginController.registrations(registrations.getIfAvailable()));
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", header);
                response.setHeader("Referrer-Policy", "same-origin");
                chain.doFilter(request, response);
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
