package org.imagingledger.web.security;

import java.time.Clock;
import java.time.Duration;
import org.imagingledger.application.dac.Deputies;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.catalogue.CatalogueQueries;
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
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors: the API (/api/**), stateless, for nodes with bearer tokens and people with
 * HTTP Basic; the UI, with a login form and CSRF protection. Which role may call what is
 * said on each controller method with {@code @PreAuthorize}.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(LedgerUsers.class)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            CatalogueQueries catalogue,
            AuthenticationManager manager,
            ProblemResponses problems,
            Deputies deputies)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                ErrorCodes.UNAUTHENTICATED,
                "log in with HTTP Basic, or send a node's bearer token");
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new NodeTokenFilter(catalogue, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new DeputyChairFilter(deputies), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized))
                .authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs/**")
                        .permitAll()
                        // policies are public; an OPA server polls the active bundle without credentials
                        .requestMatchers(HttpMethod.GET, "/api/v1/policy-bundles/*/bundle.tar.gz")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager manager, Deputies deputies) throws Exception {
        return http.authenticationManager(manager)
                .addFilterBefore(new DeputyChairFilter(deputies), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    /**
     * One provider for the login form and HTTP Basic: the configured users, checked with their
     * encoded passwords, with verified credentials remembered briefly (see CachedPasswordAuthentication).
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new CachedPasswordAuthentication(dao, Duration.ofMinutes(5), clock));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(LedgerUsers configured) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (LedgerUsers.User user : configured.getUsers()) {
            manager.createUser(User.withUsername(user.getUsername())
                    .password(user.getPassword())
                    .roles(user.getRoles().stream().map(Role::name).toArray(String[]::new))
                    .build());
        }
        return manager;
    }
}
