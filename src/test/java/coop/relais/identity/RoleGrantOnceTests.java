package coop.relais.identity;

import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.PeopleService;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A role is held once per scope, whatever the double submits and races; each role has its scope shape. */
@SpringBootTest
@AutoConfigureMockMvc
class RoleGrantOnceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PeopleService people;

    @Autowired
    PasswordEncoder passwords;

    private CurrentUser newPerson() {
        return new TestPeople(accounts, passwords).create("personne");
    }

    private long grants(UUID accountId, Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM role_grant WHERE account_id = ? AND role = ?")
                .params(accountId, role.name())
                .query(Long.class)
                .single();
    }

    private long auditEntries(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ROLE_GRANTED' AND target LIKE ?")
                .param("%" + email)
                .query(Long.class)
                .single();
    }

    @Test
    void aDoubleSubmitOfTheGrantFormGivesTheRoleOnce() throws Exception {
        CurrentUser person = newPerson();
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        for (int i = 0; i < 2; i++) {
            var response = mvc.perform(post("/admin/people/" + person.accountId() + "/roles")
                            .cookie(admin)
                            .with(csrf())
                            .param("role", "CONCIERGE")
                            .param("siteId", SITE_BASTIDE.toString())
                            .param("organisationId", ""))
                    .andReturn();
            assertThat(response.getResponse().getStatus()).isEqualTo(302);
            String flash = String.valueOf(response.getFlashMap().get("flashSuccess"));
            assertThat(flash).isEqualTo(i == 0 ? "identity.people.granted" : "identity.grant.alreadyHeld");
        }
        assertThat(grants(person.accountId(), Role.CONCIERGE)).isEqualTo(1);
        assertThat(auditEntries(person.email())).isEqualTo(1);
    }

    @Test
    void twentyAdminsGivingTheSameRoleAtOnceWriteOneRow() throws Exception {
        CurrentUser person = newPerson();
        CurrentUser admin =
                new CurrentUser(ACCOUNT_ADMIN, "admin@relais.test", "Admin", "fr", List.of(RoleGrant.admin()));
        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return people.grant(admin, person.accountId(), RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE));
                }));
            }
            start.countDown();
            int given = 0;
            for (Future<Boolean> result : results) {
                given += result.get() ? 1 : 0;
            }
            assertThat(given).as("calls that gave the role").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(grants(person.accountId(), Role.MEMBER)).isEqualTo(1);
        assertThat(auditEntries(person.email())).isEqualTo(1);
    }

    @Test
    void twoAdminGrantsWithoutScopeAreTheSameGrant() {
        CurrentUser person = newPerson();
        assertThat(accounts.grant(person.accountId(), RoleGrant.admin(), Instant.now()))
                .isTrue();
        assertThat(accounts.grant(person.accountId(), RoleGrant.admin(), Instant.now()))
                .isFalse();
        assertThat(grants(person.accountId(), Role.ADMIN)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesAScopeThatDoesNotFitTheRole() {
        CurrentUser person = newPerson();
        List<RoleGrant> misshapen = List.of(
                new RoleGrant(Role.ADMIN, SITE_BASTIDE, null),
                new RoleGrant(Role.INSERTION_COACH, null, CLIENT_AQUITAINE_LOGISTIQUE),
                new RoleGrant(Role.CONCIERGE, null, null),
                new RoleGrant(Role.SITE_MANAGER, SITE_BASTIDE, CLIENT_AQUITAINE_LOGISTIQUE),
                new RoleGrant(Role.MEMBER, null, CLIENT_AQUITAINE_LOGISTIQUE),
                new RoleGrant(Role.PROVIDER, null, null),
                new RoleGrant(Role.CLIENT_ADMIN, SITE_BASTIDE, CLIENT_AQUITAINE_LOGISTIQUE));
        for (RoleGrant grant : misshapen) {
            assertThatThrownBy(() -> accounts.grant(person.accountId(), grant, Instant.now()))
                    .as(grant.toString())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(accounts.grantsOf(person.accountId())).isEmpty();

        // A member may name their employer; the well-shaped grants go in.
        assertThat(accounts.grant(
                        person.accountId(),
                        new RoleGrant(Role.MEMBER, SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE),
                        Instant.now()))
                .isTrue();
        assertThat(accounts.grant(
                        person.accountId(), RoleGrant.forOrganisation(Role.PROVIDER, PROVIDER_PRESSING), Instant.now()))
                .isTrue();
    }
}
