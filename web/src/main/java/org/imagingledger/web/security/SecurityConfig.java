package org.imagingledger.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imagingledger.application.catalogue.NodeCredentials;
import org.imagingledger.application.dac.Deputies;
import org.imagingledger.domain.shared.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors.
 *
 * <ul>
 *   <li>Operations ({@code /actuator/**}), stateless: liveness, readiness and the overall health
 *       status open to anyone (status only); Prometheus and the metrics for the METRICS role.
 *   <li>The API ({@code /api/**}), stateless: nodes with their bearer tokens, or with a
 *       client-credentials token of a configured node client; people with a bearer JWT from the
 *       identity provider (its roles from the claim mapping).
 *   <li>The pages: login through the identity provider (OpenID Connect), logout ending the
 *       provider's session too (RP-initiated logout); CSRF protection.
 * </ul>
 *
 * Configured users with passwords ({@code ledger.users}: the login form and HTTP Basic) exist only
 * where {@code ledger.password-login} is on: the demo profile (and the tests). Which role may call
 * what is said on each controller method with {@code @PreAuthorize}.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({LedgerUsers.class, LedgerOidc.class})
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    private final boolean passwordLogin;
    private final ProblemResponses problems;

    SecurityConfig(
            @Value("${ledger.password-login:false}") boolean passwordLogin,
            @Value("${ledger.demo.enabled:false}") boolean demo,
            @Value("${ledger.allow-plain-text-passwords:false}") boolean plainTextAllowed,
            LedgerUsers users,
            ProblemResponses problems) {
        this.passwordLogin = passwordLogin;
        this.problems = problems;
        if (!passwordLogin && !users.getUsers().isEmpty()) {
            throw new IllegalStateException("ledger.users are demonstration users with passwords and work only with "
                    + "the demo profile (ledger.password-login); sign people in through OpenID Connect instead");
        }
        // a {noop} password is stored as typed: acceptable for the demo's published users only
        if (!demo && !plainTextAllowed) {
            for (LedgerUsers.User user : users.getUsers()) {
                if (user.getPassword() != null && user.getPassword().startsWith("{noop}")) {
                    throw new IllegalStateException("the password of " + user.getUsername() + " is stored in plain "
                            + "text ({noop}); use an encoded password such as {bcrypt}$2a$..., or the demo profile");
                }
            }
        }
    }

    @Bean
    ClaimRoles claimRoles(LedgerOidc oidc) {
        return new ClaimRoles(oidc);
    }

    /** Bearer JWTs, when an issuer is configured: signature by the issuer's keys, issuer, time (with skew) and audience. */
    @Bean
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, LedgerOidc oidc) {
        String issuer = properties.getJwt().getIssuerUri();
        List<String> audiences = properties.getJwt().getAudiences();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(oidc.getClockSkew()));
        validators.add(new JwtIssuerValidator(issuer));
        if (audiences.isEmpty()) {
            log.warn(
                    "spring.security.oauth2.resourceserver.jwt.audiences is not set: any token of {} is accepted",
                    issuer);
        } else {
            validators.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && !Collections.disjoint(aud, audiences)));
        }
        // the issuer's metadata and keys are fetched at the first token, so the ledger starts while the provider is
        // down
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
            return decoder;
        });
    }

    private AuthenticationEntryPoint unauthorized(String fallback) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottle.Locked locked) {
                response.setHeader(
                        "Retry-After",
                        String.valueOf(Math.max(1, locked.retryAfter().toSeconds())));
                problems.write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        ErrorCodes.SIGN_IN_LOCKED,
                        "too many failed sign-ins: try again later");
            } else if (isInvalidToken(e)) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                problems.write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        ErrorCodes.INVALID_TOKEN,
                        "the bearer token is not valid here");
            } else {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED, fallback);
            }
        };
    }

    private AccessDeniedHandler forbidden() {
        return (request, response, e) -> problems.write(
                request, response, HttpStatus.FORBIDDEN, ErrorCodes.ROLE_FORBIDS, "your role may not do this");
    }

    private static boolean isInvalidToken(AuthenticationException e) {
        return e instanceof OAuth2AuthenticationException;
    }

    /** Bearer tokens that look like a JWT (three dot-separated parts) go to the JWT check; others are node tokens. */
    private static BearerTokenResolver jwtOnly() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> {
            String token = header.resolve(request);
            return token != null && NodeTokenFilter.looksLikeJwt(token) ? token : null;
        };
    }

    private void tokens(
            HttpSecurity http,
            ObjectProvider<JwtDecoder> decoders,
            TokenAuthentication people,
            AuthenticationEntryPoint entry)
            throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder != null) {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(people);
            http.oauth2ResourceServer(o -> o.bearerTokenResolver(jwtOnly())
                    .authenticationEntryPoint(entry)
                    .jwt(j -> j.authenticationManager(new ProviderManager(provider))));
        }
    }

    @Bean
    TokenAuthentication tokenAuthentication(ClaimRoles claims, Directory directory) {
        return new TokenAuthentication(claims, directory);
    }

    @Bean
    @Order(0)
    SecurityFilterChain operations(
            HttpSecurity http,
            AuthenticationManager manager,
            ObjectProvider<JwtDecoder> decoders,
            TokenAuthentication people)
            throws Exception {
        AuthenticationEntryPoint entry = unauthorized("send a bearer token of a client with the metrics role");
        http.securityMatcher("/actuator/**")
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(entry).accessDeniedHandler(forbidden()))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                HttpMethod.GET,
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(ClaimRoles.METRICS_AUTHORITY));
        if (passwordLogin) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(entry));
        }
        tokens(http, decoders, people, entry);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            NodeCredentials credentials,
            AuthenticationManager manager,
            ObjectProvider<JwtDecoder> decoders,
            TokenAuthentication people,
            Deputies deputies)
            throws Exception {
        boolean jwt = decoders.getIfAvailable() != null;
        AuthenticationEntryPoint entry = unauthorized(
                jwt
                        ? "send a bearer token from the identity provider, or a node's bearer token"
                        : "log in with HTTP Basic, or send a node's bearer token");
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new NodeTokenFilter(credentials, problems, jwt), BasicAuthenticationFilter.class)
                .addFilterBefore(new DeputyChairFilter(deputies), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entry))
                .authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs/**")
                        .permitAll()
                        // policies are public; an OPA server polls the active bundle without credentials
                        .requestMatchers(HttpMethod.GET, "/api/v1/policy-bundles/*/bundle.tar.gz")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        if (passwordLogin) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(entry));
        }
        tokens(http, decoders, people, entry);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ClaimRoles claims,
            Directory directory,
            Deputies deputies)
            throws Exception {
        ClientRegistrationRepository oidc = registrations.getIfAvailable();
        List<ClientRegistration> providers = LoginController.registrations(oidc);
        // no fixed manager here: the OpenID Connect login adds its own providers, and the password
        // form (demo) falls back to the application's manager
        http.addFilterBefore(new DeputyChairFilter(deputies), AuthorizationFilter.class);
        http.authorizeHttpRequests(a -> a.requestMatchers(
                        "/login", "/css/**", "/js/**", "/favicon.ico", "/error", "/.well-known/jwks.json")
                .permitAll()
                .anyRequest()
                .authenticated());
        if (passwordLogin) {
            http.formLogin(form -> form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                            + (e instanceof LoginThrottle.Locked ? "/login?locked" : "/login?error")))
                    .permitAll());
        }
        if (oidc != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .userInfoEndpoint(u -> u.oidcUserService(new OidcPeople(claims, directory))));
            OidcClientInitiatedLogoutSuccessHandler endBoth = new OidcClientInitiatedLogoutSuccessHandler(oidc);
            endBoth.setPostLogoutRedirectUri("{baseUrl}/login?logout");
            endBoth.setDefaultTargetUrl("/login?logout");
            http.logout(logout -> logout.logoutSuccessHandler(endBoth));
        } else {
            http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        }
        if (!passwordLogin && providers.size() == 1) {
            // one way in: straight to the identity provider's login page
            http.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(
                    "/oauth2/authorization/" + providers.get(0).getRegistrationId())));
        }
        if (!passwordLogin && providers.isEmpty()) {
            log.warn("no one can log in to the pages: configure an OpenID Connect provider "
                    + "(spring.security.oauth2.client.registration.*), or use the demo profile");
        }
        return http.build();
    }

    /**
     * The demo's (and the tests') configured users, for the login form and HTTP Basic, checked
     * with their encoded passwords, with verified credentials remembered briefly (see
     * CachedPasswordAuthentication). Empty, and unused, without ledger.password-login.
     */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder encoder, Clock clock, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthentication(
                new CachedPasswordAuthentication(dao, Duration.ofMinutes(5), clock), throttle));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(LedgerUsers configured) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (LedgerUsers.User user : configured.getUsers()) {
            List<org.springframework.security.core.GrantedAuthority> authorities = new ArrayList<>();
            user.getRoles().stream()
                    .map(LedgerUsers::authority)
                    .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new)
                    .forEach(authorities::add);
            if (user.getNodeId() != null && !user.getNodeId().isBlank()) {
                // a node operator: acts for this node with their own login
                NodeOperators.authorities(user.getNodeId().strip()).stream()
                        .filter(a -> !authorities.contains(a))
                        .forEach(authorities::add);
            } else if (user.getRoles().stream().anyMatch(r -> r.strip().equalsIgnoreCase("NODE"))) {
                throw new IllegalStateException("ledger.users: " + user.getUsername()
                        + " has the NODE role but no node-id: a node operator names the node they act for");
            }
            manager.createUser(User.withUsername(user.getUsername())
                    .password(user.getPassword())
                    .authorities(authorities)
                    .build());
        }
        return manager;
    }
}
