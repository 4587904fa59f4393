package coop.relais.desk;

import coop.relais.desk.internal.DeskSites;
import coop.relais.desk.internal.ParcelRepository;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.Folding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom a parcel is for: the desk finds a member of the site by name, e-mail, phone or company, with the parcels
 * already waiting for them.
 */
@Service
public class ParcelRecipients {

    static final int SEARCH_LIMIT = 30;

    private final ParcelRepository parcels;
    private final DeskSites deskSites;
    private final AccountDirectory accounts;
    private final SiteDirectory sites;

    ParcelRecipients(ParcelRepository parcels, DeskSites deskSites, AccountDirectory accounts, SiteDirectory sites) {
        this.parcels = parcels;
        this.deskSites = deskSites;
        this.accounts = accounts;
        this.sites = sites;
    }

    /** Members of the site whose name, e-mail, phone or company matches, with their waiting parcels. */
    @Transactional(readOnly = true)
    public List<RecipientView> searchRecipients(CurrentUser actor, UUID siteId, String query) {
        deskSites.staffSite(actor, siteId);
        String q = query == null ? "" : query.strip();
        if (q.length() < 2 || q.length() > 100) {
            return List.of();
        }
        Map<UUID, String> companyOf = new HashMap<>();
        Map<UUID, AccountSummary> found = new LinkedHashMap<>();
        String wanted = Folding.fold(q);
        for (ClientOrganisationView client : sites.clientsOfSite(siteId)) {
            boolean companyMatches = Folding.fold(client.legalName()).contains(wanted);
            for (AccountSummary member : accounts.holdersForOrganisation(Role.MEMBER, client.id())) {
                companyOf.putIfAbsent(member.id(), client.legalName());
                if (companyMatches && accounts.holds(member.id(), Role.MEMBER, siteId)) {
                    found.putIfAbsent(member.id(), member);
                }
            }
        }
        for (AccountSummary member : accounts.searchMembers(actor, siteId, q, SEARCH_LIMIT)) {
            found.putIfAbsent(member.id(), member);
        }
        Map<UUID, Integer> waiting = parcels.waitingCounts(siteId, found.keySet());
        return found.values().stream()
                .sorted(Comparator.comparing(a -> Folding.fold(a.displayName())))
                .limit(SEARCH_LIMIT)
                .map(a -> new RecipientView(
                        a.id(),
                        a.displayName(),
                        a.email(),
                        a.phone(),
                        companyOf.get(a.id()),
                        waiting.getOrDefault(a.id(), 0)))
                .toList();
    }

    /** A member of the site, for the desk; "not found" if they are not a member there. */
    @Transactional(readOnly = true)
    public RecipientView recipient(CurrentUser actor, UUID siteId, UUID accountId) {
        deskSites.staffSite(actor, siteId);
        AccountSummary member = member(siteId, accountId).orElseThrow(() -> new NotFoundException("member"));
        String company = null;
        for (ClientOrganisationView client : sites.clientsOfSite(siteId)) {
            if (accounts.holdersForOrganisation(Role.MEMBER, client.id()).stream()
                    .anyMatch(a -> a.id().equals(accountId))) {
                company = client.legalName();
                break;
            }
        }
        int waiting = parcels.waitingFor(accountId, siteId).size();
        return new RecipientView(member.id(), member.displayName(), member.email(), member.phone(), company, waiting);
    }

    /** The member of the site, if the account is one. */
    Optional<AccountSummary> member(UUID siteId, UUID accountId) {
        if (accountId == null || !accounts.holds(accountId, Role.MEMBER, siteId)) {
            return Optional.empty();
        }
        return accounts.find(accountId);
    }
}
