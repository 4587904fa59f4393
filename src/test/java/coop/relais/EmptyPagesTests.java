package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.TestSites;
import coop.relais.support.WebLogin;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** An empty page says why it is empty and what to do next (DESIGN.md rule 6). */
@SpringBootTest
@AutoConfigureMockMvc
class EmptyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).cookie(WebLogin.login(mvc, email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theBoardOfANewDeskSaysNothingIsWaitingAndHowToOrder() throws Exception {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser concierge =
                new TestPeople(accounts, passwords).create("concierge", RoleGrant.atSite(Role.CONCIERGE, site));

        String board = page("/orders/board?siteId=" + site, concierge.email());
        assertThat(board)
                .contains("Aucune commande en cours à cette conciergerie", "href=\"/orders/new\"")
                .doesNotContain("col-late", "text-bg-danger");
    }

    @Test
    void aPersonAttachedToNoDeskIsToldWhoGivesAccess() throws Exception {
        CurrentUser coach =
                new TestPeople(accounts, passwords).create("coach", new RoleGrant(Role.INSERTION_COACH, null, null));
        assertThat(page("/", coach.email()))
                .contains("aucune conciergerie", "administration de Relais")
                .doesNotContain("Aucun site pour l");
    }

    @Test
    void emptyCommunityAndIntegrationPagesSayWhatToDoNext() throws Exception {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        TestPeople people = new TestPeople(accounts, passwords);
        CurrentUser member = people.create("membre", RoleGrant.atSite(Role.MEMBER, site));
        CurrentUser concierge = people.create("concierge", RoleGrant.atSite(Role.CONCIERGE, site));
        assertThat(page("/community/events", member.email()))
                .contains("Aucun événement", "href=\"/community/directory\"");
        assertThat(page("/community/events", concierge.email())).contains("Créez le premier");
        assertThat(page("/community/directory?q=zzz", member.email()))
                .contains("href=\"/community/directory\"", "href=\"#me-heading\"");
        CurrentUser coach = people.create("coach", new RoleGrant(Role.INSERTION_COACH, null, null));
        assertThat(page("/insertion", coach.email())).contains("Suivre une nouvelle personne");
    }
}
