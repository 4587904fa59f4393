package coop.relais.identity.web;

import coop.relais.identity.internal.RelaisPrincipal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in: the interface switches to the person's language, then they go where they were
 * headed (the saved request) or to the home page, like {@code defaultSuccessUrl("/")}.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;

    LoginSuccessHandler(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof RelaisPrincipal principal) {
            localeResolver.setLocale(request, response, principal.currentUser().locale());
        } else {
            localeResolver.setLocale(request, response, Locale.FRENCH);
        }
        if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(LoginFailureHandler.LAST_EMAIL);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
