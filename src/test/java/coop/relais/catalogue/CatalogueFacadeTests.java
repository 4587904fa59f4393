package coop.relais.catalogue;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_CONCIERGE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_SALARIE;
import static coop.relais.shared.demo.DemoIds.OFFER_AQUITAINE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_BADGE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** What the orders and desk modules read through the {@link Catalogue} facade, and its scope. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueFacadeTests {

    private static final CurrentUser RESIDENT = new CurrentUser(
            ACCOUNT_HABITANT,
            "habitant@relais.test",
            "Lucien",
            "fr",
            List.of(RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE)));
    private static final CurrentUser EMPLOYEE = new CurrentUser(
            ACCOUNT_SALARIE,
            "salarie@relais.test",
            "Inès",
            "fr",
            List.of(RoleGrant.atSite(Role.MEMBER, SITE_AQUITAINE)));
    private static final CurrentUser CONCIERGE = new CurrentUser(
            ACCOUNT_CONCIERGE,
            "concierge@relais.test",
            "Karim",
            "fr",
            List.of(RoleGrant.atSite(Role.CONCIERGE, SITE_BASTIDE)));

    @Autowired
    Catalogue catalogue;

    @Test
    void offersForOrganisationsListTheSitesALaCarteServices() {
        assertThat(catalogue.offersForOrganisations(SITE_BASTIDE))
                .extracting(OfferView::id)
                .contains(OFFER_BASTIDE_BADGE)
                .doesNotContain(OFFER_BASTIDE_CHEMISE);
        assertThat(catalogue.offersForOrganisations(SITE_AQUITAINE))
                .extracting(OfferView::id)
                .doesNotContain(OFFER_AQUITAINE_CHEMISE, OFFER_BASTIDE_BADGE);
    }

    @Test
    void isOfferedOnFollowsTheDaysOfTheOffer() {
        assertThat(catalogue.isOfferedOn(OFFER_BASTIDE_CHEMISE, DayOfWeek.SATURDAY))
                .isTrue();
        assertThat(catalogue.isOfferedOn(OFFER_BASTIDE_CHEMISE, DayOfWeek.SUNDAY))
                .isFalse();
        assertThat(catalogue.isOfferedOn(OFFER_AQUITAINE_CHEMISE, DayOfWeek.SATURDAY))
                .isFalse();
        assertThat(catalogue.isOfferedOn(UUID.randomUUID(), DayOfWeek.MONDAY)).isFalse();
    }

    @Test
    void visibleOffersAreScopedToTheSiteAndHideALaCarteFromMembers() {
        assertThat(catalogue.visibleOffersAt(RESIDENT, SITE_BASTIDE))
                .extracting(OfferView::serviceName)
                .contains("Portage de repas pour seniors", "Pressing — chemise")
                .doesNotContain("Activation de badge d'entrée");
        assertThat(catalogue.visibleOffersAt(CONCIERGE, SITE_BASTIDE))
                .extracting(OfferView::id)
                .contains(OFFER_BASTIDE_BADGE);
        assertThatThrownBy(() -> catalogue.visibleOffersAt(EMPLOYEE, SITE_BASTIDE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalogue.visibleOffer(EMPLOYEE, OFFER_BASTIDE_CHEMISE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalogue.visibleOffer(RESIDENT, OFFER_BASTIDE_BADGE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void orderableOfferChecksTheSiteAndLeavesALaCarteToTheCaller() {
        assertThat(catalogue
                        .orderableOffer(RESIDENT, OFFER_BASTIDE_CHEMISE)
                        .price()
                        .amount())
                .isEqualByComparingTo("3.90");
        assertThat(catalogue.orderableOffer(RESIDENT, OFFER_BASTIDE_BADGE).forOrganisations())
                .isTrue();
        assertThatThrownBy(() -> catalogue.orderableOffer(EMPLOYEE, OFFER_BASTIDE_CHEMISE))
                .isInstanceOf(NotFoundException.class);
    }
}
