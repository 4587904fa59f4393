package coop.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.support.ApiAuth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class NotificationApiTests {

    @Autowired
    MockMvcTester tester;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void testMessages() {
        NotificationTestSupport.registerTestMessages(messages);
    }

    @Test
    void theCallerReadsTheirOwnNoticesPagedInTheirAccountsLanguage() {
        TestMember member = NotificationTestSupport.newMember(jdbc, passwordEncoder, "en");
        for (int i = 1; i <= 3; i++) {
            notice(member, "API-" + i);
        }

        var first = tester.get()
                .uri("/api/v1/me/notifications?size=2")
                .with(ApiAuth.as(users, member.email()))
                .exchange();
        assertThat(first).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(first).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(3);
        assertThat(first).bodyJson().extractingPath("$.unread").asNumber().isEqualTo(3);
        assertThat(first).bodyJson().extractingPath("$.items").asArray().hasSize(2);
        assertThat(first)
                .bodyJson()
                .extractingPath("$.items[0].text")
                .isEqualTo("Your parcel API-3 is waiting at the desk.");
        assertThat(first).bodyJson().extractingPath("$.items[0].read").isEqualTo(false);

        assertThat(tester.get().uri("/api/v1/me/notifications?page=1&size=2").with(ApiAuth.as(users, member.email())))
                .bodyJson()
                .extractingPath("$.items[0].text")
                .isEqualTo("Your parcel API-1 is waiting at the desk.");
    }

    @Test
    void markingANoticeReadIsScopedToTheCaller() {
        TestMember owner = NotificationTestSupport.newMember(jdbc, passwordEncoder, "fr");
        TestMember other = NotificationTestSupport.newMember(jdbc, passwordEncoder, "fr");
        UUID id = notice(owner, "API-R");

        assertThat(tester.post().uri("/api/v1/me/notifications/" + id + "/read").with(ApiAuth.as(users, other.email())))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tester.get().uri("/api/v1/me/notifications").with(ApiAuth.as(users, other.email())))
                .bodyJson()
                .extractingPath("$.totalItems")
                .asNumber()
                .isEqualTo(0);

        var read = tester.post()
                .uri("/api/v1/me/notifications/" + id + "/read")
                .with(ApiAuth.as(users, owner.email()))
                .exchange();
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.read").isEqualTo(true);
        assertThat(read).bodyJson().extractingPath("$.text").isEqualTo("Votre colis API-R vous attend à l'accueil.");
        assertThat(tester.get().uri("/api/v1/me/notifications").with(ApiAuth.as(users, owner.email())))
                .bodyJson()
                .extractingPath("$.unread")
                .asNumber()
                .isEqualTo(0);
    }

    @Test
    void badPagingAndUnknownIdsAreClearErrors() {
        TestMember member = NotificationTestSupport.newMember(jdbc, passwordEncoder, "fr");
        for (String query : new String[] {"size=101", "size=0", "page=-1", "size=abc", "page=99999999999"}) {
            assertThat(tester.get().uri("/api/v1/me/notifications?" + query).with(ApiAuth.as(users, member.email())))
                    .as(query)
                    .hasStatus(400)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(tester.post()
                        .uri("/api/v1/me/notifications/" + UUID.randomUUID() + "/read")
                        .with(ApiAuth.as(users, member.email())))
                .hasStatus(404);
        assertThat(tester.post().uri("/api/v1/me/notifications/not-an-id/read").with(ApiAuth.as(users, member.email())))
                .hasStatus(400);
        assertThat(tester.get().uri("/api/v1/me/notifications")).hasStatus(401);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        assertThat(tester.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/me/notifications", "/api/v1/me/notifications/{id}/read", "Notifications");
    }

    private UUID notice(TestMember member, String reference) {
        String key = "test:api:" + UUID.randomUUID();
        NotificationTestSupport.publish(
                transactions,
                events,
                new NoticeRequested(
                        key, member.id(), "notification.test.notice", new Object[] {reference}, null, "parcels"));
        return jdbc.sql("SELECT id FROM notice WHERE dedup_key = ?")
                .param(key)
                .query(UUID.class)
                .single();
    }
}
