package coop.relais.identity.internal;

import coop.relais.notification.EmailRequested;
import coop.relais.shared.PublicLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link valid one hour, sent only to an existing active account, while
 * the page answers the same whatever the address. Setting a new password uses up every reset link
 * of the account, clears its failed sign-ins and ends its other sessions.
 */
@Service
public class PasswordResetService {

    public static final Duration VALIDITY = Duration.ofHours(1);

    private final OneTimeLinkRepository links;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicLinks publicLinks;

    PasswordResetService(
            OneTimeLinkRepository links,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            SessionTerminator sessions,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            PublicLinks publicLinks) {
        this.links = links;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.publicLinks = publicLinks;
    }

    /** Sends a reset link if the address belongs to an active account; says nothing either way. */
    @Transactional
    public void requestReset(String email) {
        String address = Emails.require("email", email);
        Optional<AccountRepository.StoredAccount> account =
                accounts.findByEmail(address).filter(AccountRepository.StoredAccount::enabled);
        if (account.isEmpty()) {
            audit.record(
                    null, address, AuditAction.PASSWORD_RESET_REQUESTED, "account:" + address, "no active account");
            return;
        }
        if (!throttle.allowMail(address)) {
            audit.record(null, address, AuditAction.PASSWORD_RESET_REQUESTED, "account:" + address, "rate limited");
            return;
        }
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        String token = Tokens.generate();
        links.insertReset(id, account.get().id(), Tokens.hash(token), now, now.plus(VALIDITY));
        events.publishEvent(new EmailRequested(
                "password-reset:" + id,
                account.get().id(),
                address,
                account.get().language(),
                "identity/password-reset",
                "identity.mail.reset.subject",
                null,
                null,
                Map.of(
                        "displayName",
                        account.get().displayName(),
                        "link",
                        publicLinks.to("/password/reset/" + token))));
        audit.record(
                account.get().id(), address, AuditAction.PASSWORD_RESET_REQUESTED, "account:" + address, "link sent");
    }

    /** Whether the link can still be used (not used, not expired, known). */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return find(token).filter(reset -> reset.usable(Instant.now(clock))).isPresent();
    }

    /** Sets the new password through the link; returns the e-mail of the account. */
    @Transactional
    public String reset(String token, String password, String confirmation) {
        Instant now = Instant.now(clock);
        OneTimeLinkRepository.PasswordReset reset =
                find(token).filter(r -> r.usable(now)).orElseThrow(LinkUnusableException::new);
        AccountRepository.StoredAccount account = accounts.findStored(reset.accountId())
                .filter(AccountRepository.StoredAccount::enabled)
                .orElseThrow(LinkUnusableException::new);
        PasswordPolicy.check("password", password, account.email());
        if (!password.equals(confirmation)) {
            throw new FieldRefusal("passwordConfirmation", "identity.password.mismatch");
        }
        if (!links.useReset(reset.id(), now)) {
            throw new LinkUnusableException();
        }
        accounts.updatePassword(account.id(), passwordEncoder.encode(password));
        accounts.markEmailVerified(account.id());
        links.invalidateResets(account.id(), now);
        throttle.reset(account.email());
        sessions.endSessions(account.email(), null);
        audit.record(account.id(), account.email(), AuditAction.PASSWORD_RESET, "account:" + account.email(), null);
        return account.email();
    }

    private Optional<OneTimeLinkRepository.PasswordReset> find(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return links.findReset(Tokens.hash(token));
    }
}
