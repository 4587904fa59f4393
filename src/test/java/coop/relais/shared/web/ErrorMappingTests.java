package coop.relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.DomainException;
import coop.relais.support.ApiAuth;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How failures reach people: bad input is a 400 the caller can act on, a lost race on a unique rule a
 * friendly 409 (page and API), and a programming error a logged 500, never dressed up as bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ErrorMappingTests.Failures.class)
class ErrorMappingTests {

    @TestConfiguration
    static class Failures {

        @Controller
        static class FailingPages {

            @GetMapping("/test-failures/page/conflict")
            String conflict() {
                throw new DuplicateKeyException("duplicate key value violates unique constraint");
            }
        }

        @RestController
        static class FailingApi {

            @GetMapping("/api/v1/test-failures/bug")
            String bug() {
                throw new IllegalArgumentException("a programming error");
            }

            @GetMapping("/api/v1/test-failures/invalid")
            String invalid() {
                throw DomainException.invalid("error.validation");
            }

            @GetMapping("/api/v1/test-failures/conflict")
            String conflict() {
                throw new DuplicateKeyException("duplicate key value violates unique constraint");
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RelaisUserDetailsService users;

    private MockHttpServletResponse api(String path) throws Exception {
        return mvc.perform(get(path).with(ApiAuth.as(users, "admin@relais.test")))
                .andReturn()
                .getResponse();
    }

    @Test
    void aLostRaceOnAPageShowsAFriendlyConflictPageWithTheNavigation() throws Exception {
        Cookie session = WebLogin.login(mvc, "concierge@relais.test");
        MockHttpServletResponse page = mvc.perform(
                        get("/test-failures/page/conflict").cookie(session))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(409);
        assertThat(page.getContentAsString())
                .contains("Cette action n&#39;a pas pu être enregistrée", "rien n&#39;a été modifié", "<nav")
                .doesNotContain("duplicate key", "Exception");
    }

    @Test
    void theApiTellsBadInputFromABug() throws Exception {
        MockHttpServletResponse invalid = api("/api/v1/test-failures/invalid");
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse conflict = api("/api/v1/test-failures/conflict");
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).doesNotContain("duplicate key");

        MockHttpServletResponse bug = api("/api/v1/test-failures/bug");
        assertThat(bug.getStatus()).isEqualTo(500);
        assertThat(bug.getContentType()).startsWith("application/problem+json");
        assertThat(bug.getContentAsString()).doesNotContain("a programming error", "IllegalArgumentException");
    }
}
