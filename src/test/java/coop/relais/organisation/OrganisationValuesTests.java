package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationValuesTests {

    @Test
    void emailDomainsAreHeldInLowerCaseWithoutAt() {
        assertThat(new EmailDomain("  @Aquitaine-Logistique.FR ").value()).isEqualTo("aquitaine-logistique.fr");
        assertThat(new EmailDomain("mail.habitat-garonne.fr").value()).isEqualTo("mail.habitat-garonne.fr");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "localhost", "exemple", "-bad.fr", "bad-.fr", "a..fr", "jean@exemple.fr", "exem ple.fr"})
    void refusesWhatIsNotADomain(String value) {
        assertThatThrownBy(() -> new EmailDomain(value))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.domain.invalid");
    }

    @Test
    void refusesAHugeDomain() {
        assertThatThrownBy(() -> new EmailDomain("a".repeat(10_000) + ".fr")).hasMessage("organisation.domain.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"33100", "75001", "97400", "20000", " 33 300 "})
    void acceptsFrenchPostalCodes(String value) {
        assertThat(new PostalCode(value).value()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3310", "331000", "00100", "99000", "3310A"})
    void refusesOtherPostalCodes(String value) {
        assertThatThrownBy(() -> new PostalCode(value)).hasMessage("organisation.postalCode.invalid");
    }

    @Test
    void timeZonesAreRegionIds() {
        assertThat(new SiteTimeZone("Indian/Reunion").zone()).isEqualTo(java.time.ZoneId.of("Indian/Reunion"));
        assertThatThrownBy(() -> new SiteTimeZone("Mars/Olympus")).hasMessage("organisation.timeZone.invalid");
        assertThatThrownBy(() -> new SiteTimeZone("+02:00")).hasMessage("organisation.timeZone.invalid");
        assertThatThrownBy(() -> new SiteTimeZone(null)).hasMessage("organisation.timeZone.invalid");
    }
}
