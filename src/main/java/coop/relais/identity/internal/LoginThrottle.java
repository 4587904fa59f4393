package coop.relais.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one address,
 * within a window, that account (or address) is locked for a while. A successful sign-in resets the
 * account's counter (not the address's: one good account must not unlock an address that guesses
 * others). Also limits how many e-mails anonymous requests (forgot password, sign-up) send to one
 * address. Counters live in the database, so every instance sees them; each change commits on its
 * own, whatever happens to the caller's transaction.
 */
@Component
public class LoginThrottle {

    private final ThrottleRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ThrottleState.Limit accountLimit;
    private final ThrottleState.Limit addressLimit;
    private final ThrottleState.Limit mailLimit;

    LoginThrottle(
            ThrottleRepository repository,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${relais.identity.login.max-failures:5}") int maxFailures,
            @Value("${relais.identity.login.address-max-failures:5}") int addressMaxFailures,
            @Value("${relais.identity.login.window:PT15M}") Duration window,
            @Value("${relais.identity.login.lock:PT15M}") Duration lock,
            @Value("${relais.identity.mail.max-per-hour:3}") int mailsPerHour) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.accountLimit = new ThrottleState.Limit(maxFailures, window, lock);
        this.addressLimit = new ThrottleState.Limit(addressMaxFailures, window, lock);
        this.mailLimit = new ThrottleState.Limit(mailsPerHour, Duration.ofHours(1), Duration.ofHours(1));
    }

    /** Until when sign-in is locked for this account or this address, if it is now. */
    public Optional<Instant> lockedUntil(String email, String address) {
        Instant now = Instant.now(clock);
        Instant until = null;
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            if (key == null) {
                continue;
            }
            Optional<ThrottleState> state = repository.find(key);
            if (state.isPresent() && state.get().isLocked(now)) {
                Instant lockedUntil = state.get().lockedUntil();
                until = until == null || lockedUntil.isAfter(until) ? lockedUntil : until;
            }
        }
        return Optional.ofNullable(until);
    }

    /** Counts a failed sign-in; true when it locked the account or the address. */
    public boolean recordFailure(String email, String address) {
        boolean locked = false;
        if (accountKey(email) != null) {
            locked |= hit(accountKey(email), accountLimit);
        }
        if (addressKey(address) != null) {
            locked |= hit(addressKey(address), addressLimit);
        }
        return locked;
    }

    /** A successful sign-in (or a password reset) clears the account's counter. */
    public void reset(String email) {
        String key = accountKey(email);
        if (key != null) {
            transactions.executeWithoutResult(status -> repository.delete(key));
        }
    }

    /** Whether one more e-mail may be sent to this address on an anonymous request (3 an hour). */
    public boolean allowMail(String email) {
        String key = "mail:" + cut(Emails.normalise(email));
        Instant now = Instant.now(clock);
        boolean lockedBefore = repository.find(key).map(s -> s.isLocked(now)).orElse(false);
        if (lockedBefore) {
            return false;
        }
        hit(key, mailLimit);
        return true;
    }

    /** Forgets spent counters (called by the periodic clean-up). */
    public int forgetSpent() {
        Instant now = Instant.now(clock);
        Duration longestWindow = Duration.ofHours(1);
        return transactions.execute(status -> repository.deleteSpent(now, now.minus(longestWindow)));
    }

    /** Counts one failure (or hit) for the key; true when the key is locked afterwards. */
    private boolean hit(String key, ThrottleState.Limit limit) {
        Supplier<Boolean> attempt = () -> transactions.execute(status -> {
            Instant now = Instant.now(clock);
            Optional<ThrottleState> current = repository.findForUpdate(key);
            ThrottleState next = current.orElse(ThrottleState.fresh(key)).afterFailure(now, limit);
            if (current.isPresent()) {
                repository.update(next);
            } else {
                repository.insert(next);
            }
            return next.isLocked(now);
        });
        try {
            return attempt.get();
        } catch (DuplicateKeyException firstInsertRace) {
            return attempt.get();
        }
    }

    private static String accountKey(String email) {
        return email == null || email.isBlank() ? null : "account:" + cut(Emails.normalise(email));
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + cut(address);
    }

    private static String cut(String value) {
        return value.length() > 280 ? value.substring(0, 280) : value;
    }
}
