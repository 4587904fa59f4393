package coop.relais.identity;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.PeopleSearch;
import coop.relais.identity.internal.SiteMembershipRepository;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to accounts for other modules, scoped like every read. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;
    private final PeopleSearch people;
    private final SiteMembershipRepository membership;

    AccountDirectory(AccountRepository accounts, PeopleSearch people, SiteMembershipRepository membership) {
        this.accounts = accounts;
        this.people = people;
        this.membership = membership;
    }

    /** An account by id, for system use (notifications, events); no scope check. */
    public Optional<AccountSummary> find(UUID accountId) {
        return accounts.findSummary(accountId);
    }

    /** Several accounts by id at once, for system use (a monthly run); those that exist, in no order. */
    public List<AccountSummary> findAll(java.util.Collection<UUID> accountIds) {
        return accounts.findSummaries(accountIds);
    }

    /** Members of a site matching a name, e-mail or phone fragment, for the desk staff of that site. */
    public List<AccountSummary> searchMembers(CurrentUser actor, UUID siteId, String query, int limit) {
        if (!actor.worksAt(siteId)) {
            throw new AccessDeniedException("Not staff of this site");
        }
        return people.searchWithRoleAtSite(Role.MEMBER, siteId, query, Math.min(Math.max(limit, 1), 50));
    }

    /** An account by e-mail address (any case), for system use; no scope check. */
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findSummaryByEmail(email);
    }

    /** The roles an account holds, with their scope, for system use (e.g. who to notify). */
    public List<RoleGrant> grantsOf(UUID accountId) {
        return accounts.grantsOf(accountId);
    }

    /**
     * People of a site (members, concierges, site managers) matching a name, e-mail or phone
     * fragment, for the staff of that site.
     */
    public List<AccountSummary> searchPeople(CurrentUser actor, UUID siteId, String query, int limit) {
        if (!actor.worksAt(siteId)) {
            throw new AccessDeniedException("Not staff of this site");
        }
        return people
                .searchAtSite(
                        siteId,
                        EnumSet.of(Role.MEMBER, Role.CONCIERGE, Role.SITE_MANAGER),
                        query,
                        0,
                        Math.min(Math.max(limit, 1), 50))
                .items()
                .stream()
                .map(a -> new AccountSummary(a.id(), a.email(), a.displayName(), a.language(), a.phone()))
                .toList();
    }

    /** Whether the account holds the role at the site (e.g. is a member there). */
    public boolean holds(UUID accountId, Role role, UUID siteId) {
        return membership.holds(accountId, role, siteId);
    }

    /** Accounts holding the role for an organisation (e.g. the staff of a provider). */
    public List<AccountSummary> holdersForOrganisation(Role role, UUID organisationId) {
        return people.holdersForOrganisation(role, organisationId);
    }

    /** The employer a member declared at a site (the organisation of their MEMBER grant there), if any. */
    public Optional<UUID> employerOf(UUID accountId, UUID siteId) {
        return membership.employerAtSite(accountId, siteId);
    }

    /** The site's members whose accounts are active, with the employer each declared there. */
    public List<SiteMember> membersAt(UUID siteId) {
        return membership.membersAt(siteId);
    }

    public long countAccounts() {
        return accounts.count();
    }

    public long countWithRoleAtSite(Role role, UUID siteId) {
        return membership.countWithRoleAtSite(role, siteId);
    }
}
