package coop.relais.catalogue;

import static coop.relais.shared.demo.DemoIds.OFFER_AQUITAINE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_BADGE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_RETOUCHES;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.support.ApiAuth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue API: scoped like the pages, amounts as strings with two decimals. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Test
    void memberReadsTheirSiteCatalogueGroupedByCategory() throws Exception {
        mvc.perform(get("/api/v1/sites/{site}/catalogue", SITE_BASTIDE).with(ApiAuth.as(users, "habitant@relais.test")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.siteId").value(SITE_BASTIDE.toString()))
                .andExpect(jsonPath("$.siteName").value("Conciergerie du Quartier Bastide"))
                .andExpect(jsonPath("$.categories[*].name", hasItem("Entretien du linge")))
                .andExpect(jsonPath("$.categories[*].offers[*].serviceName", hasItem("Portage de repas pour seniors")))
                .andExpect(
                        jsonPath("$.categories[*].offers[*].serviceName", not(hasItem("Activation de badge d'entrée"))))
                .andExpect(jsonPath(
                        "$.categories[*].offers[*].forOrganisations", everyItem(org.hamcrest.Matchers.is(false))))
                .andExpect(jsonPath("$.categories[*].offers[?(@.id == '" + OFFER_BASTIDE_CHEMISE + "')].price")
                        .value("3.90"))
                .andExpect(jsonPath("$.categories[*].offers[?(@.id == '" + OFFER_BASTIDE_CHEMISE + "')].priceLabel")
                        .value("3,90 € la pièce"));
    }

    @Test
    void anotherSitesCatalogueIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/sites/{site}/catalogue", SITE_BASTIDE).with(ApiAuth.as(users, "salarie@relais.test")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Cet élément n'existe pas ou ne vous est pas accessible."));
        mvc.perform(get("/api/v1/sites/{site}/catalogue", SITE_AQUITAINE)
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sites/{site}/catalogue", UUID.randomUUID())
                        .with(ApiAuth.as(users, "admin@relais.test")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sites/not-a-uuid/catalogue").with(ApiAuth.as(users, "admin@relais.test")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void staffAndAdminsAlsoSeeTheOffersForOrganisations() throws Exception {
        mvc.perform(get("/api/v1/sites/{site}/catalogue", SITE_BASTIDE).with(ApiAuth.as(users, "admin@relais.test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[*].offers[?(@.id == '" + OFFER_BASTIDE_BADGE + "')].forOrganisations")
                        .value(true));
        mvc.perform(get("/api/v1/catalogue/offers/{id}", OFFER_BASTIDE_BADGE)
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/catalogue/offers/{id}", OFFER_BASTIDE_BADGE)
                        .with(ApiAuth.as(users, "habitant@relais.test")))
                .andExpect(status().isNotFound());
    }

    @Test
    void oneOfferWithItsPayerSplit() throws Exception {
        mvc.perform(get("/api/v1/catalogue/offers/{id}", OFFER_AQUITAINE_CHEMISE)
                        .with(ApiAuth.as(users, "salarie@relais.test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceName").value("Pressing — chemise"))
                .andExpect(jsonPath("$.providerName").value("Pressing Solidaire"))
                .andExpect(jsonPath("$.priceModel").value("PER_UNIT"))
                .andExpect(jsonPath("$.unit").value("ITEM"))
                .andExpect(jsonPath("$.price").value("3.90"))
                .andExpect(jsonPath("$.vatRate").value("20.00"))
                .andExpect(jsonPath("$.leadTimeDays").value(2))
                .andExpect(jsonPath("$.daysOffered[0]").value("MONDAY"))
                .andExpect(jsonPath("$.payer.employerPercent").value("50.00"))
                .andExpect(jsonPath("$.payer.employerMonthlyCap").value("30.00"))
                .andExpect(jsonPath("$.payer.siteOwnerPercent").value("0.00"))
                .andExpect(jsonPath("$.payer.memberPercent").value("50.00"));
        mvc.perform(get("/api/v1/catalogue/offers/{id}", OFFER_BASTIDE_RETOUCHES)
                        .with(ApiAuth.as(users, "habitant@relais.test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priceModel").value("ON_QUOTE"))
                .andExpect(jsonPath("$.price").doesNotExist())
                .andExpect(jsonPath("$.priceLabel").value("Sur devis"));
    }

    @Test
    void offersOfOtherSitesAndUnknownIdsAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/catalogue/offers/{id}", OFFER_BASTIDE_CHEMISE)
                        .with(ApiAuth.as(users, "salarie@relais.test")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/catalogue/offers/{id}", UUID.randomUUID())
                        .with(ApiAuth.as(users, "admin@relais.test")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/offers/{id}", "1 OR 1=1").with(ApiAuth.as(users, "admin@relais.test")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void englishPriceLabelOnRequest() throws Exception {
        mvc.perform(get("/api/v1/catalogue/offers/{id}", OFFER_BASTIDE_CHEMISE)
                        .cookie(new jakarta.servlet.http.Cookie("relais-lang", "en"))
                        .with(ApiAuth.as(users, "habitant@relais.test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priceLabel").value("€3.90 per item"));
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/sites/{site}/catalogue", SITE_BASTIDE))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/sites/{siteId}/catalogue'].get.summary")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/catalogue/offers/{offerId}'].get")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.OfferResponse.properties.price.type", hasItem("string")));
    }
}
