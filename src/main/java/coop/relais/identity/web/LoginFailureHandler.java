package coop.relais.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the login page, saying "locked" ({@code /login?locked}) after too
 * many failures, else "wrong e-mail or password" ({@code /login?error}); the e-mail stays filled in.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_EMAIL = "relais.login.email";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 254) {
            request.getSession().setAttribute(LAST_EMAIL, email.trim());
        }
        String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
