package coop.relais.support;

import coop.relais.identity.internal.RelaisUserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Authenticates a MockMvc request as a (demo) account, as the bearer-token filter would, for API
 * tests that are not about tokens themselves.
 */
public final class ApiAuth {

    private ApiAuth() {}

    public static RequestPostProcessor as(RelaisUserDetailsService users, String email) {
        UserDetails principal = users.loadUserByUsername(email);
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
