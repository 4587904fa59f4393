package coop.relais.identity.internal;

import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens ({@code rls_...}): shown once at creation, stored only as their SHA-256 hash,
 * usable until revoked or until the account is deactivated. Last use is recorded at most once a
 * minute, so that a busy client does not write on every call.
 */
@Service
public class ApiTokenService {

    public static final int MAX_ACTIVE = 20;
    public static final int MAX_NAME = 100;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public record TokenRow(UUID id, String name, String hint, Instant createdAt, Instant lastUsedAt) {}

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final RelaisUserDetailsService users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(
            ApiTokenRepository tokens,
            AccountRepository accounts,
            RelaisUserDetailsService users,
            AuditLog audit,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for the account and returns it in clear, the only time it is ever shown. */
    @Transactional
    public String create(UUID accountId, String accountEmail, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new FieldRefusal("name", "identity.token.nameRequired");
        }
        if (label.length() > MAX_NAME || CONTROL.matcher(label).find()) {
            throw new FieldRefusal("name", "identity.token.nameInvalid");
        }
        if (tokens.countActive(accountId) >= MAX_ACTIVE) {
            throw new DomainException("identity.token.tooMany", MAX_ACTIVE);
        }
        String token = Tokens.generateApiToken();
        UUID id = UUID.randomUUID();
        tokens.insert(id, accountId, label, Tokens.hash(token), token.substring(0, 8), Instant.now(clock));
        audit.record(accountId, accountEmail, AuditAction.API_TOKEN_CREATED, "api-token:" + id, label);
        return token;
    }

    @Transactional(readOnly = true)
    public List<TokenRow> list(UUID accountId) {
        return tokens.activeOf(accountId);
    }

    /** Revokes one of the person's own tokens (404 for anyone else's). */
    @Transactional
    public void revoke(CurrentUser user, UUID tokenId) {
        String name = tokens.nameOf(tokenId, user.accountId()).orElseThrow(() -> new NotFoundException("api token"));
        tokens.revoke(tokenId, user.accountId(), Instant.now(clock));
        audit.record(user, AuditAction.API_TOKEN_REVOKED, "api-token:" + tokenId, name);
    }

    /** The person behind a bearer token, if it is one of ours, not revoked, of an active account. */
    public Optional<RelaisPrincipal> authenticate(String token) {
        if (token == null
                || !token.startsWith(Tokens.API_PREFIX)
                || !Tokens.looksLikeToken(token.substring(Tokens.API_PREFIX.length()))) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.ActiveToken> active = tokens.findActive(Tokens.hash(token));
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountRepository.StoredAccount> account =
                accounts.findStored(active.get().accountId());
        if (account.isEmpty() || !account.get().enabled()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Instant lastUsed = active.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minusSeconds(60))) {
            tokens.touch(active.get().id(), now);
        }
        RelaisPrincipal principal = users.principalOf(account.get());
        principal.eraseCredentials();
        return Optional.of(principal);
    }
}
