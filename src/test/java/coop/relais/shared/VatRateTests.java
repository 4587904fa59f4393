package coop.relais.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The French VAT rates, and nothing else. */
class VatRateTests {

    @Test
    void theFrenchRatesAreAccepted() {
        for (String rate : new String[] {"0", "2.1", "5.5", "10", "20", "20.00", "5.50", "0.0"}) {
            assertThat(VatRate.of(new BigDecimal(rate)).percent()).as(rate).isEqualByComparingTo(rate);
        }
        assertThat(VatRate.ALL).extracting(VatRate::toString).containsExactly("0", "2.1", "5.5", "10", "20");
        assertThat(VatRate.of(new BigDecimal("20.00"))).isEqualTo(VatRate.STANDARD);
    }

    @Test
    void anyOtherRateIsRefusedWithAMessageAPersonCanActOn() {
        for (String rate : new String[] {"7", "19.6", "-20", "100", "2.10001", "21"}) {
            assertThatThrownBy(() -> VatRate.of(new BigDecimal(rate)))
                    .as(rate)
                    .isInstanceOf(DomainException.class)
                    .hasMessage("vat.rate.notAllowed")
                    .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID));
        }
        assertThatThrownBy(() -> VatRate.of(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void formsWriteRatesTheFrenchWay() {
        assertThat(VatRate.parse("5,5")).contains(VatRate.REDUCED);
        assertThat(VatRate.parse(" 20 % ")).contains(VatRate.STANDARD);
        assertThat(VatRate.parse("2.10")).contains(VatRate.SUPER_REDUCED);
        assertThat(VatRate.parse("19,6")).isEmpty();
        assertThat(VatRate.parse("vingt")).isEmpty();
        assertThat(VatRate.parse("")).isEmpty();
        assertThat(VatRate.parse(null)).isEmpty();
        assertThat(VatRate.parse("9".repeat(500))).isEmpty();
    }
}
