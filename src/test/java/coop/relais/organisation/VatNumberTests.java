package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTests {

    @Test
    void computesTheFrenchKeyFromTheSiren() {
        // (12 + 3 × (852147966 mod 97)) mod 97 = 83
        assertThat(VatNumber.of(new Siren("852147966")).value()).isEqualTo("FR83852147966");
        assertThat(VatNumber.of(new Siren("412253684")).value()).isEqualTo("FR06412253684");
    }

    @Test
    void acceptsAFrenchNumberTypedLoosely() {
        VatNumber vat = new VatNumber("fr 83 852 147 966");
        assertThat(vat.value()).isEqualTo("FR83852147966");
        assertThat(vat.siren()).contains(new Siren("852147966"));
    }

    @Test
    void refusesAFrenchNumberWithAWrongKey() {
        assertThatThrownBy(() -> new VatNumber("FR32852147966"))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.vat.key");
    }

    @Test
    void refusesAFrenchNumberWithAnInvalidSiren() {
        assertThatThrownBy(() -> new VatNumber("FR00852147967")).hasMessage("organisation.vat.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR8385214796", "FRAB852147966", "FR838521479661"})
    void refusesMalformedFrenchNumbers(String value) {
        assertThatThrownBy(() -> new VatNumber(value)).hasMessage("organisation.vat.french");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE123456789", "BE0123456789", "NL123456789B01", "IT12345678901", "ATU12345678"})
    void acceptsOtherEuropeanNumbersLoosely(String value) {
        assertThat(new VatNumber(value).value()).isEqualTo(value);
        assertThat(new VatNumber(value).siren()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "D", "DE1", "1E123456789", "DE12345678901234", "DE-<script>"})
    void refusesWhatIsNotAVatNumber(String value) {
        assertThatThrownBy(() -> new VatNumber(value)).hasMessage("organisation.vat.format");
    }
}
