package coop.relais.orders;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fresh accounts for tests that change things: unique e-mails, the demo password, so that tests sharing
 * one PostgreSQL database never step on each other's data.
 */
public final class TestPeople {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    public TestPeople(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public CurrentUser create(String prefix, RoleGrant... grants) {
        UUID id = UUID.randomUUID();
        String email = prefix + "-" + id.toString().substring(0, 8) + "@relais.test";
        String name = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " "
                + id.toString().substring(0, 4);
        accounts.insert(
                id,
                email,
                name,
                "fr",
                "07 00 " + id.toString().substring(0, 4),
                passwords.encode("demo-relais-2026"),
                true,
                Instant.now());
        for (RoleGrant grant : grants) {
            accounts.grant(id, grant, Instant.now());
        }
        return new CurrentUser(id, email, name, "fr", List.of(grants));
    }

    public CurrentUser member(UUID site) {
        return create("membre", RoleGrant.atSite(Role.MEMBER, site));
    }

    public CurrentUser employee(UUID site, UUID employer) {
        return create("salarie", new RoleGrant(Role.MEMBER, site, employer));
    }

    public CurrentUser providerStaff(UUID provider) {
        return create("prestataire", RoleGrant.forOrganisation(Role.PROVIDER, provider));
    }
}
