package coop.relais.identity.internal;

import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own profile: name, phone, language, password. */
@Service
public class ProfileService {

    private final AccountRepository accounts;
    private final OneTimeLinkRepository links;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final SessionTerminator sessions;
    private final AuditLog audit;
    private final Clock clock;

    ProfileService(
            AccountRepository accounts,
            OneTimeLinkRepository links,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            SessionTerminator sessions,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountRepository.AccountDetails details(CurrentUser user) {
        return accounts.findDetails(user.accountId()).orElseThrow(() -> new NotFoundException("account"));
    }

    /** Saves name, phone and language; returns the language saved ({@code fr} or {@code en}). */
    @Transactional
    public String update(CurrentUser user, String displayName, String phone, String language) {
        String name = Names.requireName("displayName", displayName);
        String number = Names.optionalPhone("phone", phone);
        if (language == null || !(language.equals("fr") || language.equals("en"))) {
            throw new FieldRefusal("language", "identity.language.invalid");
        }
        accounts.updateProfile(user.accountId(), name, number, language);
        audit.record(user, AuditAction.PROFILE_UPDATED, "account:" + user.email(), null);
        return language;
    }

    /**
     * Changes the password after checking the current one (a wrong one counts as a failed sign-in);
     * ends the person's other sessions and uses up their reset links.
     */
    @Transactional
    public void changePassword(
            CurrentUser user, String current, String password, String confirmation, String keepSessionId) {
        AccountRepository.StoredAccount account =
                accounts.findStored(user.accountId()).orElseThrow(() -> new NotFoundException("account"));
        String address = AuditLog.currentAddress();
        if (throttle.lockedUntil(account.email(), address).isPresent()) {
            throw new FieldRefusal("currentPassword", "identity.password.locked");
        }
        if (current == null
                || account.passwordHash() == null
                || !passwordEncoder.matches(current, account.passwordHash())) {
            throttle.recordFailure(account.email(), address);
            throw new FieldRefusal("currentPassword", "identity.password.currentWrong");
        }
        PasswordPolicy.check("password", password, account.email());
        if (!password.equals(confirmation)) {
            throw new FieldRefusal("passwordConfirmation", "identity.password.mismatch");
        }
        if (password.equals(current)) {
            throw new FieldRefusal("password", "identity.password.same");
        }
        accounts.updatePassword(account.id(), passwordEncoder.encode(password));
        links.invalidateResets(account.id(), Instant.now(clock));
        sessions.endSessions(account.email(), keepSessionId);
        audit.record(user, AuditAction.PASSWORD_CHANGED, "account:" + account.email(), null);
    }
}
