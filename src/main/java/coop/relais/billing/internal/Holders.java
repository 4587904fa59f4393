package coop.relais.billing.internal;

import coop.relais.billing.HolderKind;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.LegalParty;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who holds an account, and who may see it: the member themself; the client admins of an
 * organisation; the staff of a site where the holder is (a member of it, or a client of it); admins.
 */
@Component
public class Holders {

    private final AccountDirectory people;
    private final SiteDirectory sites;

    Holders(AccountDirectory people, SiteDirectory sites) {
        this.people = people;
        this.sites = sites;
    }

    public String name(Account account) {
        if (account.holderKind() == HolderKind.MEMBER) {
            return people.find(account.memberId())
                    .map(AccountSummary::displayName)
                    .orElse("—");
        }
        return sites.findClient(account.organisationId())
                .map(ClientOrganisationView::legalName)
                .orElse("—");
    }

    /** A member as the buyer of an invoice: a person, named, with no company identity. */
    public LegalParty memberParty(UUID memberId) {
        return new LegalParty(
                memberId,
                people.find(memberId).map(AccountSummary::displayName).orElse("—"),
                null,
                null,
                null,
                null,
                null);
    }

    /** The sites where the holder is: a member's sites, or the sites an organisation is a client of. */
    public Set<UUID> sitesOf(Account account) {
        return sitesOf(account.holderKind(), account.holderId());
    }

    public Set<UUID> sitesOf(HolderKind kind, UUID holderId) {
        Set<UUID> result = new LinkedHashSet<>();
        if (kind == HolderKind.MEMBER) {
            for (RoleGrant grant : people.grantsOf(holderId)) {
                if (grant.role() == Role.MEMBER && grant.siteId() != null) {
                    result.add(grant.siteId());
                }
            }
        } else {
            result.addAll(sites.sitesOfClient(holderId));
        }
        return result;
    }

    /** Whether the reader may read the account. */
    public boolean mayRead(CurrentUser reader, Account account) {
        return mayRead(reader, account.holderKind(), account.holderId());
    }

    /** Whether the reader may read the account of this holder (whether it is opened yet or not). */
    public boolean mayRead(CurrentUser reader, HolderKind kind, UUID holderId) {
        if (reader.isAdmin()) {
            return true;
        }
        if (kind == HolderKind.MEMBER && holderId.equals(reader.accountId())) {
            return true;
        }
        if (kind == HolderKind.ORGANISATION && reader.actsFor(Role.CLIENT_ADMIN, holderId)) {
            return true;
        }
        return sitesOf(kind, holderId).stream().anyMatch(reader::worksAt);
    }
}
