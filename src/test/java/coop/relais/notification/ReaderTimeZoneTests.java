package coop.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.orders.TestPeople;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.Zones;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.TestSites;
import coop.relais.support.WebLogin;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Times that belong to no site (a person's notices) are shown in the reader's zone, not always Paris's. */
@SpringBootTest
@AutoConfigureMockMvc
class ReaderTimeZoneTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SiteDirectory sites;

    @Test
    void aReadersNoticesAreShownInTheZoneOfTheirSite() throws Exception {
        UUID reunion = TestSites.create(jdbc, "Indian/Reunion");
        CurrentUser member =
                new TestPeople(accounts, passwords).create("reunion", RoleGrant.atSite(Role.MEMBER, reunion));
        assertThat(sites.zoneOf(member)).isEqualTo(ZoneId.of("Indian/Reunion"));
        assertThat(sites.zoneOf(reunion)).isEqualTo(ZoneId.of("Indian/Reunion"));
        assertThat(sites.zoneOf(new TestPeople(accounts, passwords)
                        .create("coach", new RoleGrant(Role.INSERTION_COACH, null, null))))
                .isEqualTo(Zones.DEFAULT);

        // 10:00 UTC is 14:00 in Réunion (11:00 in Paris).
        jdbc.sql("""
                        INSERT INTO notice (id, account_id, dedup_key, message_key, arguments, link, category, created_at)
                        VALUES (?, ?, ?, 'notification.notice.welcome', '[]', NULL, NULL, ?)""")
                .params(
                        UUID.randomUUID(),
                        member.accountId(),
                        "zone-test:" + member.accountId(),
                        Instants.param(Instant.parse("2026-03-02T10:00:00Z")))
                .update();
        String page = mvc.perform(get("/notifications").cookie(WebLogin.login(mvc, member.email())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("à 14 h").doesNotContain("à 11 h");
    }
}
