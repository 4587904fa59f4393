package coop.relais.identity.web;

import coop.relais.identity.internal.ApiTokenService;
import coop.relais.identity.internal.AuditLog;
import coop.relais.identity.internal.LoginThrottle;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.identity.internal.ThrottledAuthenticationProvider;
import coop.relais.shared.security.PublicApiEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the REST API ({@code /api/**}), stateless with bearer tokens and no cookies, and
 * the web app, with form login, CSRF, a strict Content-Security-Policy and sessions in the database.
 * Both sign in with e-mail and password through the same throttled, audited provider.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    /** Request attribute set by the bearer filter when a token was sent but is not (or no longer) valid. */
    static final String INVALID_TOKEN = "relais.invalidToken";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** E-mail and password sign-in, behind the login throttle, recorded in the audit log. */
    @Bean
    AuthenticationManager authenticationManager(
            RelaisUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditLog audit) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, audit));
    }

    /**
     * Operations endpoints: health (for load balancers and probes) is public, everything else
     * (Prometheus metrics, metrics, info) needs an administrator's API token
     * ({@code Authorization: Bearer rls_...}); a browser session is not enough.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ApiTokenService apiTokens, MessageSource messages)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problem(request, response, messages, HttpStatus.UNAUTHORIZED, "identity.api.unauthorized");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problem(request, response, messages, HttpStatus.FORBIDDEN, "error.forbidden")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            ApiTokenService apiTokens,
            MessageSource messages,
            List<PublicApiEndpoint> publicEndpoints)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens")
                            .permitAll();
                    for (PublicApiEndpoint endpoint : publicEndpoints) {
                        requests.requestMatchers(HttpMethod.valueOf(endpoint.method()), endpoint.pattern())
                                .permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problem(
                                request,
                                response,
                                messages,
                                HttpStatus.UNAUTHORIZED,
                                request.getAttribute(INVALID_TOKEN) != null
                                        ? "identity.api.invalidToken"
                                        : "identity.api.unauthorized"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(request, response, messages, HttpStatus.FORBIDDEN, "error.forbidden")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            WebSignIn signIn,
            LocaleResolver localeResolver)
            throws Exception {
        http.authenticationManager(authenticationManager)
                .securityContext(context -> context.securityContextRepository(signIn.repository()))
                .authorizeHttpRequests(requests -> requests
                        // Accepting an invitation with an existing account needs that account signed in.
                        .requestMatchers("/invitation/*/join")
                        .authenticated()
                        .requestMatchers(
                                "/login",
                                "/invitation/**",
                                "/password/**",
                                "/signup/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/notifications/badge",
                                "/error",
                                "/error/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(new LoginSuccessHandler(localeResolver))
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/error/403"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** Writes a problem+json error from the security filters, in the caller's language (French by default). */
    static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            MessageSource messages,
            HttpStatus status,
            String detailKey) {
        Locale locale = apiLocale(request);
        String title = messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage(detailKey, null, detailKey, locale);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status.value()
                            + ",\"detail\":\"" + json(detail) + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** English when the caller asks for it first, French otherwise. */
    static Locale apiLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.FRENCH;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
