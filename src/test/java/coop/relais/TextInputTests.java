package coop.relais;

import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.support.ApiAuth;
import coop.relais.support.WebLogin;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Control characters never reach a module: PostgreSQL refuses to store a NUL at all, so a forged
 * form field or JSON string carrying one would otherwise end in an error. They are removed at the
 * door; tabs and line breaks stay.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TextInputTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private long entries(String text) {
        return jdbc.sql("SELECT COUNT(*) FROM desk_journal_entry WHERE text = ?")
                .param(text)
                .query(Long.class)
                .single();
    }

    @Test
    void aFormFieldLosesItsControlCharactersAndKeepsItsLineBreaks() {
        String mark = UUID.randomUUID().toString();
        assertThat(mvc.post()
                        .uri("/desk/journal/note")
                        .cookie(WebLogin.login(mockMvc, "concierge@relais.test"))
                        .with(csrf())
                        .param("kind", "INCIDENT")
                        .param("text", "Porte\u0000 bloquée\u0007\nvers 9 h " + mark))
                .hasStatus3xxRedirection();
        assertThat(entries("Porte bloquée\nvers 9 h " + mark)).isEqualTo(1);
    }

    @Test
    void aJsonStringLosesItsControlCharacters() {
        String mark = UUID.randomUUID().toString();
        assertThat(mvc.post()
                        .uri("/api/v1/desk/journal")
                        .with(ApiAuth.as(users, "concierge@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siteId\":\"" + SITE_BASTIDE
                                + "\",\"kind\":\"INCIDENT\",\"text\":\"Fuite\\u0000 au sol " + mark + "\"}"))
                .hasStatus(201);
        assertThat(entries("Fuite au sol " + mark)).isEqualTo(1);
    }
}
