package coop.relais.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A list of many grants names each site once, not once per line. */
class ScopeNamesTests {

    @Test
    void aTeamOfFiftyAtOneSiteLooksTheSiteUpOnce() {
        SiteDirectory sites = mock(SiteDirectory.class);
        UUID site = UUID.randomUUID();
        SiteView bastide = new SiteView(
                site,
                "Quartier Bastide",
                SiteKind.NEIGHBOURHOOD,
                null,
                null,
                null,
                java.time.ZoneId.of("Europe/Paris"),
                null,
                null,
                true);
        when(sites.find(site)).thenReturn(Optional.of(bastide));

        Function<RoleGrant, String> scopes = new ScopeNames(sites).memoised();
        for (int i = 0; i < 50; i++) {
            assertThat(scopes.apply(RoleGrant.atSite(Role.CONCIERGE, site))).isEqualTo("Quartier Bastide");
        }

        verify(sites, times(1)).find(site);
    }
}
