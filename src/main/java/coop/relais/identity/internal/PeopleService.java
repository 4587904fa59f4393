package coop.relais.identity.internal;

import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People management: admins search everyone, grant and revoke any role, deactivate and reactivate
 * accounts; site managers see the members and concierges of their own sites and take back those
 * roles there. Every change is written to the audit log; revoking a role or deactivating an account
 * signs the person out everywhere, so no session keeps rights it lost.
 */
@Service
public class PeopleService {

    /** Roles a site manager's team page lists. */
    public static final Set<Role> TEAM_ROLES = EnumSet.of(Role.MEMBER, Role.CONCIERGE, Role.SITE_MANAGER);

    public record GrantRow(UUID id, Role role, String scope, UUID siteId, UUID organisationId, Instant grantedAt) {}

    public record Person(AccountRepository.AccountDetails account, List<GrantRow> grants) {}

    private final AccountRepository accounts;
    private final PeopleSearch people;
    private final SiteDirectory sites;
    private final ScopeNames names;
    private final SessionTerminator sessions;
    private final AuditLog audit;
    private final Clock clock;

    PeopleService(
            AccountRepository accounts,
            PeopleSearch people,
            SiteDirectory sites,
            ScopeNames names,
            SessionTerminator sessions,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.sites = sites;
        this.names = names;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<Person> search(CurrentUser actor, String query, int page, int size) {
        requireAdmin(actor);
        return people.search(query, page, size).map(account -> new Person(account, grantRows(account.id())));
    }

    @Transactional(readOnly = true)
    public Person person(CurrentUser actor, UUID accountId) {
        requireAdmin(actor);
        AccountRepository.AccountDetails account =
                accounts.findDetails(accountId).orElseThrow(() -> new NotFoundException("account"));
        return new Person(account, grantRows(accountId));
    }

    /** The people holding a team role at a site the actor manages, with their roles there. */
    @Transactional(readOnly = true)
    public ResultPage<Person> team(CurrentUser actor, UUID siteId, String query, int page, int size) {
        if (siteId == null || !actor.manages(siteId) || sites.find(siteId).isEmpty()) {
            throw new NotFoundException("site");
        }
        ResultPage<AccountRepository.AccountDetails> found = people.searchAtSite(siteId, TEAM_ROLES, query, page, size);
        Map<UUID, List<AccountRepository.StoredGrant>> grants = accounts.grantsAtSite(
                siteId,
                found.items().stream().map(AccountRepository.AccountDetails::id).toList());
        Function<RoleGrant, String> scopes = names.memoised();
        return found.map(account -> new Person(
                account,
                grants.getOrDefault(account.id(), List.of()).stream()
                        .map(grant -> row(grant, scopes))
                        .toList()));
    }

    /**
     * Gives a role. Idempotent: a role the person already holds in that scope (a double submit, two
     * admins at once) is not given twice nor audited twice.
     *
     * @return true if the role was given now, false if the person already held it
     */
    @Transactional
    public boolean grant(CurrentUser actor, UUID accountId, RoleGrant grant) {
        requireAdmin(actor);
        AccountRepository.AccountDetails account =
                accounts.findDetails(accountId).orElseThrow(() -> new NotFoundException("account"));
        GrantRules.check(actor, grant, GrantRules.Facts.of(sites));
        if (!accounts.grant(accountId, grant, Instant.now(clock))) {
            return false;
        }
        audit.record(
                actor,
                AuditAction.ROLE_GRANTED,
                "account:" + accountId + " " + account.email(),
                InvitationService.describe(grant, names.scope(grant)));
        return true;
    }

    /**
     * Takes a role back. Admins: any role of anyone (except their own admin role). Site managers:
     * member or concierge at a site they manage; another site's grant is "not found".
     */
    @Transactional
    public void revoke(CurrentUser actor, UUID grantId) {
        AccountRepository.StoredGrant grant =
                accounts.findGrant(grantId).orElseThrow(() -> new NotFoundException("role"));
        if (!actor.isAdmin()) {
            if (grant.siteId() == null || !actor.hasAt(Role.SITE_MANAGER, grant.siteId())) {
                throw new NotFoundException("role");
            }
            if (!GrantRules.mayRevoke(actor, grant.grant())) {
                throw new AccessDeniedException("Site managers take back member and concierge roles only");
            }
        }
        if (grant.role() == Role.ADMIN && grant.accountId().equals(actor.accountId())) {
            throw new DomainException("identity.grant.ownAdmin");
        }
        AccountRepository.AccountDetails account =
                accounts.findDetails(grant.accountId()).orElseThrow(() -> new NotFoundException("account"));
        accounts.deleteGrant(grantId);
        sessions.endSessions(account.email(), null);
        audit.record(
                actor,
                AuditAction.ROLE_REVOKED,
                "account:" + account.id() + " " + account.email(),
                InvitationService.describe(grant.grant(), names.scope(grant.grant())));
    }

    @Transactional
    public void setActive(CurrentUser actor, UUID accountId, boolean active) {
        requireAdmin(actor);
        AccountRepository.AccountDetails account =
                accounts.findDetails(accountId).orElseThrow(() -> new NotFoundException("account"));
        if (accountId.equals(actor.accountId())) {
            throw new DomainException("identity.people.notYourself");
        }
        if (account.enabled() == active) {
            return;
        }
        accounts.setEnabled(accountId, active);
        if (!active) {
            sessions.endSessions(account.email(), null);
        }
        audit.record(
                actor,
                active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
                "account:" + accountId + " " + account.email(),
                null);
    }

    private List<GrantRow> grantRows(UUID accountId) {
        return accounts.storedGrantsOf(accountId).stream().map(this::row).toList();
    }

    private GrantRow row(AccountRepository.StoredGrant grant) {
        return row(grant, names::scope);
    }

    private static GrantRow row(AccountRepository.StoredGrant grant, Function<RoleGrant, String> scopes) {
        return new GrantRow(
                grant.id(),
                grant.role(),
                scopes.apply(grant.grant()),
                grant.siteId(),
                grant.organisationId(),
                grant.grantedAt());
    }

    private static void requireAdmin(CurrentUser actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Admins only");
        }
    }
}
