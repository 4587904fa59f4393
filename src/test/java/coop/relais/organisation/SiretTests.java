package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTests {

    @ParameterizedTest
    @ValueSource(strings = {"85214796600018", "41225368400010", "27330012900023", "852 147 966 00018"})
    void acceptsValidSirets(String value) {
        Siret siret = new Siret(value);
        assertThat(siret.value()).hasSize(14).doesNotContain(" ");
    }

    @Test
    void givesItsSiren() {
        assertThat(new Siret("41225368400010").siren()).isEqualTo(new Siren("412253684"));
    }

    @Test
    void refusesAWrongKey() {
        assertThatThrownBy(() -> new Siret("85214796600019"))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.siret.key");
    }

    @Test
    void refusesALuhnValidNumberWhoseSirenIsInvalid() {
        // 12345678900007: passes the 14-digit Luhn check, but 123456789 is not a valid SIREN
        assertThat(luhn("12345678900007")).isTrue();
        assertThat(luhn("123456789")).isFalse();
        assertThatThrownBy(() -> new Siret("12345678900007")).hasMessage("organisation.siret.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8521479660001", "852147966000189", "85214796600O18"})
    void refusesAnythingButFourteenDigits(String value) {
        assertThatThrownBy(() -> new Siret(value))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.siret.format");
    }

    @Test
    void acceptsLaPosteEstablishmentsWhoseDigitSumIsAMultipleOfFive() {
        // 3+5+6+0+…+0+1+2+3 = 20: fails Luhn, follows La Poste's rule
        assertThat(luhn("35600000000123")).isFalse();
        assertThat(new Siret("35600000000123").siren().value()).isEqualTo(Siren.LA_POSTE);
        // La Poste's head office, valid under both rules
        assertThat(new Siret("35600000000048").value()).isEqualTo("35600000000048");
    }

    @Test
    void refusesLaPosteNumbersBreakingBothRules() {
        // digit sum 3+5+6+1+2+4 = 21, and not Luhn-valid either
        assertThat(luhn("35600000000124")).isFalse();
        assertThatThrownBy(() -> new Siret("35600000000124")).hasMessage("organisation.siret.key");
    }

    @Test
    void theDigitSumRuleIsOnlyForLaPoste() {
        // digit sum 8+5+2+1+4+7+9+6+6+0+0+0+1+2 = 51 → try a number of another SIREN with sum 50
        String other = "85214796600002"; // sum 50, not Luhn-valid
        assertThat(luhn(other)).isFalse();
        assertThatThrownBy(() -> new Siret(other)).hasMessage("organisation.siret.key");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
