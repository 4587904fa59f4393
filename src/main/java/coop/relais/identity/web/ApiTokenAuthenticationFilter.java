package coop.relais.identity.web;

import coop.relais.identity.internal.ApiTokenService;
import coop.relais.identity.internal.RelaisPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer rls_...} on the API: a valid token (known hash, not revoked, account
 * active) signs the request in as its owner for this request only. Anything else leaves the request
 * anonymous, and the API's entry point answers 401. Not a bean: it belongs to the API chain only.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<RelaisPrincipal> principal =
                    tokens.authenticate(header.substring(BEARER.length()).trim());
            if (principal.isPresent()) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal.get(), null, principal.get().getAuthorities()));
                holder.setContext(context);
            } else {
                request.setAttribute(SecurityConfiguration.INVALID_TOKEN, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
