package coop.relais.identity.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * E-mail and password sign-in (login form and API token requests) behind the {@link LoginThrottle}:
 * a locked account or address is refused with a {@link LockedException} before the password is even
 * checked; every success and failure is written to the audit log.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public ThrottledAuthenticationProvider(
            RelaisUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = Emails.normalise(authentication.getName());
        String address = addressOf(authentication);
        Optional<Instant> lockedUntil = throttle.lockedUntil(email, address);
        if (lockedUntil.isPresent()) {
            audit.record(null, email, AuditAction.LOGIN_LOCKED, "account:" + email, "refused while locked", address);
            throw new SignInLockedException(lockedUntil.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(email);
            RelaisPrincipal principal = (RelaisPrincipal) result.getPrincipal();
            audit.record(
                    principal.currentUser().accountId(),
                    email,
                    AuditAction.LOGIN_SUCCEEDED,
                    "account:" + email,
                    null,
                    address);
            return result;
        } catch (AuthenticationException failure) {
            boolean nowLocked = throttle.recordFailure(email, address);
            audit.record(
                    null,
                    email,
                    AuditAction.LOGIN_FAILED,
                    "account:" + email,
                    failure.getClass().getSimpleName(),
                    address);
            if (nowLocked) {
                Instant until = throttle.lockedUntil(email, address).orElse(Instant.now());
                throw new SignInLockedException(until);
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return AuditLog.currentAddress();
    }

    /** Sign-in refused because of too many failures; says until when. */
    public static class SignInLockedException extends LockedException {

        private final transient Instant until;

        public SignInLockedException(Instant until) {
            super("Too many failed sign-ins");
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }
}
