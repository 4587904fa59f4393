package coop.relais.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts typed at the desk are read strictly: never guessed from letters. */
class InputsTests {

    @Test
    void amountsInTheUsualFrenchAndEnglishForms() {
        assertThat(Inputs.money("150")).contains(Money.euros("150.00"));
        assertThat(Inputs.money("142,50")).contains(Money.euros("142.50"));
        assertThat(Inputs.money("142.5")).contains(Money.euros("142.50"));
        assertThat(Inputs.money(" 1 250,00 € ")).contains(Money.euros("1250.00"));
        assertThat(Inputs.money("1\u202F250,00\u00A0€")).contains(Money.euros("1250.00"));
        assertThat(Inputs.money("0")).contains(Money.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "cent", "12a", "12,50 euros", "-5", "1e3", "12,505", "12.3.4", "€", "1O0"})
    void anythingElseIsRefused(String typed) {
        assertThat(Inputs.money(typed)).isEmpty();
    }

    @Test
    void aHugeAmountIsRefusedNotTruncated() {
        assertThat(Inputs.money("12345678901234567890")).isEmpty();
        assertThat(Inputs.money("9".repeat(10_000))).isEmpty();
    }

    @Test
    void countersAndPagePrices() {
        assertThat(Inputs.count("12 450")).contains(12_450L);
        assertThat(Inputs.count("12,450")).isEmpty();
        assertThat(Inputs.count("-3")).isEmpty();
        assertThat(Inputs.count("1234567890123")).isEmpty();
        assertThat(Inputs.pagePrice("0,015")).contains(new BigDecimal("0.015"));
        assertThat(Inputs.pagePrice("0,00001")).isEmpty();
        assertThat(Inputs.uuid("not-a-uuid")).isEmpty();
    }
}
