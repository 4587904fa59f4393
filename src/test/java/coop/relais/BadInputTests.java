package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of Relais, sent nonsense by people of every role: wrong ids, letters for numbers,
 * overlong text, markup, impossible dates, forged check boxes. Whatever comes back (a form with its
 * errors, a refusal, a 404), it is never a 500 nor an exception. The values are drawn from a fixed
 * seed, so a failure can be replayed.
 *
 * <p>The requests change data at random (a desk opened, a preference turned off), so the test has
 * a database of its own: a context of its own on H2. On PostgreSQL every context shares one
 * database (ADR 0007), so it runs on H2 only; {@code TextInputTests} covers what only PostgreSQL
 * refuses.
 */
@SpringBootTest(properties = {"relais.test.database=bad-input", "spring.thymeleaf.cache=true"})
@AutoConfigureMockMvc
@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*pgtest.*")
class BadInputTests {

    private static final String[] IDS = {
        "00000000-0000-0000-0000-000000000000", "abc", "5e000000-0000-4000-8000-000000000001"
    };

    private static final String[] FIELDS = {
        "name",
        "email",
        "quantity",
        "offerId",
        "memberId",
        "siteId",
        "organisationId",
        "providerId",
        "amount",
        "reason",
        "note",
        "pickupCode",
        "collectorName",
        "idChecked",
        "period",
        "blackStart",
        "blackEnd",
        "colourStart",
        "colourEnd",
        "cashCounted",
        "cashFloat",
        "trackingNumber",
        "carrier",
        "size",
        "shelf",
        "recipientId",
        "kind",
        "legalName",
        "siret",
        "vatNumber",
        "displayName",
        "password",
        "passwordConfirmation",
        "role",
        "domain",
        "startsOn",
        "endsOn",
        "price",
        "vatRate",
        "leadTimeDays",
        "priceModel",
        "unit",
        "employerPercent",
        "employerMonthlyCap",
        "siteOwnerPercent",
        "days",
        "daysOffered",
        "active",
        "categoryId",
        "serviceId",
        "timeZone",
        "language",
        "phone",
        "reminderAfterDays",
        "returnAfterDays",
        "beneficiary",
        "details",
        "text",
        "requestId",
        "confirmDuplicate",
        "status",
        "q",
        "page",
        "forOrganisations",
        "days[0].opens1",
        "days[0].closes1",
        "street",
        "postalCode",
        "city",
        "payer",
        "method",
        "key",
        "before"
    };

    private static final String[] VALUES = {
        "",
        "abc",
        "-1",
        "99999999999999999999",
        "1e400",
        "0",
        "<script>x</script>",
        "5e000000-0000-4000-8000-000000000001",
        "00000000-0000-0000-0000-000000000000",
        "x".repeat(5000),
        "2026-13-45",
        "12,5",
        "NaN",
        "true",
        "25:99",
        "%_%",
        "' OR 1=1 --"
    };

    private static final String[] PEOPLE = {
        "admin@relais.test",
        "gerante@relais.test",
        "concierge@relais.test",
        "habitant@relais.test",
        "pressing@relais.test",
        "bailleur@relais.test"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noPageAnswersNonsenseWithAServerError() {
        Random random = new Random(2026);
        List<String> failures = new ArrayList<>();
        for (String person : PEOPLE) {
            Cookie session = WebLogin.login(mvc, person);
            for (String[] route : pageRoutes()) {
                for (String id : IDS) {
                    String path = route[1].replaceAll("\\{[^}]+}", id);
                    if ("GET".equals(route[0])) {
                        send(
                                get(path + "?page=-5&q=%25&siteId=abc&status=ZZ&offerId=abc&memberId=x"),
                                session,
                                failures);
                    } else {
                        for (int trial = 0; trial < 2; trial++) {
                            MockHttpServletRequestBuilder request = post(path).with(csrf());
                            for (int f = 0; f < 20; f++) {
                                request.param(
                                        FIELDS[random.nextInt(FIELDS.length)], VALUES[random.nextInt(VALUES.length)]);
                            }
                            send(request, session, failures);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void send(MockHttpServletRequestBuilder request, Cookie session, List<String> failures) {
        request.cookie(session);
        var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        String what = built.getMethod() + " " + built.getRequestURI() + " "
                + built.getParameterMap().keySet();
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(status + " " + what);
            }
        } catch (Exception e) {
            failures.add(e.getClass().getSimpleName() + " " + what + ": " + e.getMessage());
        }
    }

    /** The page routes (not the API, not sign-in and sign-out), as method and path pattern. */
    private List<String[]> pageRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")
                        || pattern.startsWith("/v3/")
                        || pattern.contains("swagger")
                        || pattern.equals("/logout")
                        || pattern.equals("/login")
                        || pattern.startsWith("/error")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        routes.add(method + " " + pattern);
                    }
                }
            }
        }
        return routes.stream().map(r -> r.split(" ", 2)).toList();
    }
}
