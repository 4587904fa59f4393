package coop.relais.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.organisation.OpeningHours;
import coop.relais.organisation.PostalCode;
import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteTimeZone;
import coop.relais.organisation.WeeklyOpeningHours;
import coop.relais.shared.DomainException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SiteTests {

    private final Site site = Site.open(
            UUID.randomUUID(),
            new SiteDetails(
                    "  Conciergerie des Chartrons ",
                    SiteKind.NEIGHBOURHOOD,
                    new Address("1 rue Notre-Dame", new PostalCode("33000"), "Bordeaux"),
                    "05 56 00 00 00",
                    "chartrons@relais.test",
                    SiteTimeZone.PARIS,
                    WeeklyOpeningHours.CLOSED),
            Instant.parse("2026-03-01T08:00:00Z"));

    @Test
    void opensActiveWithTrimmedValues() {
        assertThat(site.active()).isTrue();
        assertThat(site.name()).isEqualTo("Conciergerie des Chartrons");
    }

    @Test
    void renamesButNeverToBlankOrHuge() {
        site.rename("Chartrons");
        assertThat(site.name()).isEqualTo("Chartrons");
        assertThatThrownBy(() -> site.rename(" ")).hasMessage("organisation.field.required");
        assertThatThrownBy(() -> site.rename("x".repeat(10_000))).hasMessage("organisation.field.tooLong");
        assertThat(site.name()).isEqualTo("Chartrons");
    }

    @Test
    void changesItsOpeningHours() {
        site.changeOpeningHours(new WeeklyOpeningHours(
                List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))));
        assertThat(site.openingHours().on(DayOfWeek.TUESDAY)).hasSize(1);
    }

    @Test
    void deactivatesOnceAndReactivatesOnce() {
        site.deactivate();
        assertThat(site.active()).isFalse();
        assertThatThrownBy(site::deactivate)
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.site.alreadyInactive");
        site.reactivate();
        assertThat(site.active()).isTrue();
        assertThatThrownBy(site::reactivate).hasMessage("organisation.site.alreadyActive");
    }

    @Test
    void refusesABadPhoneOrEmail() {
        assertThatThrownBy(() -> site.changeContact("<b>call</b>", null)).hasMessage("organisation.phone.invalid");
        assertThatThrownBy(() -> site.changeContact(null, "not-an-email")).hasMessage("organisation.email.invalid");
    }

    @Test
    void aContractEndsOnOrAfterItStarts() {
        assertThatThrownBy(() -> new Contract(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "Formule",
                        java.time.LocalDate.of(2026, 5, 1),
                        java.time.LocalDate.of(2026, 4, 30)))
                .hasMessage("organisation.contract.endBeforeStart");
    }

    @Test
    void aFrenchVatNumberMustNameTheSiretCompany() {
        assertThatThrownBy(() -> new ClientDetails(
                        coop.relais.organisation.ClientKind.EMPLOYER,
                        "Aquitaine Logistique SA",
                        new coop.relais.organisation.Siret("41225368400010"),
                        new coop.relais.organisation.VatNumber("FR83852147966"),
                        new Address("1 rue", new PostalCode("33000"), "Bordeaux")))
                .hasMessage("organisation.vat.sirenMismatch");
    }
}
