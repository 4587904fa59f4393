package coop.relais.identity.internal;

import static coop.relais.shared.demo.DemoIds.*;

import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.demo.DemoIds;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The demo accounts listed in the README, all with the password {@value DemoIds#PASSWORD}. */
@Component
class IdentityDemoData implements DemoDataContributor {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    IdentityDemoData(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        String hash = passwordEncoder.encode(DemoIds.PASSWORD);
        account(ACCOUNT_ADMIN, "admin@relais.test", "Agnès Delmas", "05 56 00 00 01", hash, List.of(RoleGrant.admin()));
        account(
                ACCOUNT_GERANTE,
                "gerante@relais.test",
                "Géraldine Lafitte",
                "05 56 00 00 02",
                hash,
                List.of(
                        RoleGrant.atSite(Role.SITE_MANAGER, SITE_BASTIDE),
                        RoleGrant.atSite(Role.SITE_MANAGER, SITE_ECOTONE),
                        RoleGrant.atSite(Role.SEL_COORDINATOR, SITE_BASTIDE)));
        account(
                ACCOUNT_CONCIERGE,
                "concierge@relais.test",
                "Karim Benali",
                "06 12 00 00 03",
                hash,
                List.of(RoleGrant.atSite(Role.CONCIERGE, SITE_BASTIDE)));
        account(
                ACCOUNT_CONCIERGE2,
                "concierge2@relais.test",
                "Sandrine Morel",
                "06 12 00 00 04",
                hash,
                List.of(RoleGrant.atSite(Role.CONCIERGE, SITE_AQUITAINE)));
        account(
                ACCOUNT_HABITANT,
                "habitant@relais.test",
                "Lucien Garreau",
                "06 12 00 00 05",
                hash,
                List.of(RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE)));
        account(
                ACCOUNT_SALARIE,
                "salarie@relais.test",
                "Inès Carvalho",
                "06 12 00 00 06",
                hash,
                List.of(new RoleGrant(Role.MEMBER, SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE)));
        account(
                ACCOUNT_PRESSING,
                "pressing@relais.test",
                "Moussa Diallo",
                "05 56 00 00 07",
                hash,
                List.of(RoleGrant.forOrganisation(Role.PROVIDER, PROVIDER_PRESSING)));
        account(
                ACCOUNT_RH,
                "rh@relais.test",
                "Claire Dubourg",
                "05 56 00 00 08",
                hash,
                List.of(RoleGrant.forOrganisation(Role.CLIENT_ADMIN, CLIENT_AQUITAINE_LOGISTIQUE)));
        account(
                ACCOUNT_BAILLEUR,
                "bailleur@relais.test",
                "Patrick Ferrand",
                "05 56 00 00 09",
                hash,
                List.of(RoleGrant.forOrganisation(Role.CLIENT_ADMIN, CLIENT_HABITAT_GARONNE)));
        account(
                ACCOUNT_COACH,
                "coach@relais.test",
                "Nadia Roux",
                "05 56 00 00 10",
                hash,
                List.of(new RoleGrant(Role.INSERTION_COACH, null, null)));
    }

    private void account(UUID id, String email, String name, String phone, String hash, List<RoleGrant> grants) {
        Instant now = Instant.now(clock);
        accounts.insert(id, email, name, "fr", phone, hash, true, now);
        grants.forEach(grant -> accounts.grant(id, grant, now));
    }
}
