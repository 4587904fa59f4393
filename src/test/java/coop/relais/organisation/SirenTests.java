package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTests {

    @Test
    void acceptsAValidSirenTypedWithSpaces() {
        assertThat(new Siren("852 147 966").value()).isEqualTo("852147966");
        assertThat(new Siren(Siren.LA_POSTE).value()).isEqualTo("356000000");
    }

    @Test
    void refusesAWrongKeyWithItsOwnMessage() {
        assertThatThrownBy(() -> new Siren("852147967"))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.siren.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "85214796A", "８５２１４７９６６"})
    void refusesAnythingButNineDigits(String value) {
        assertThatThrownBy(() -> new Siren(value))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.siren.format");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new Siren(null)).isInstanceOf(DomainException.class);
    }
}
