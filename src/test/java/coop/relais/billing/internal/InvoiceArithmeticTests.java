package coop.relais.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.billing.internal.InvoiceArithmetic.Amounts;
import coop.relais.billing.internal.InvoiceArithmetic.Charge;
import coop.relais.billing.internal.InvoiceArithmetic.Line;
import coop.relais.billing.internal.InvoiceArithmetic.RateTotal;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invoice amounts from prices that include VAT, on worked examples and on thousands of awkward ones. */
class InvoiceArithmeticTests {

    private static Charge charge(String gross, String rate) {
        return new Charge("x", Money.euros(gross), new BigDecimal(rate));
    }

    @Test
    void threeShirtsAtTwentyPercent() {
        Amounts amounts =
                InvoiceArithmetic.of(List.of(charge("2.45", "20"), charge("2.45", "20"), charge("2.45", "20")));
        // 7.35 TTC at 20 % has no net: 6.12 gives 6.12 + 1.22 = 7.34 and 6.13 gives 6.13 + 1.23 = 7.36.
        // The nearest (the lower on a tie) is taken and the cent left is the rounding amount.
        assertThat(amounts.totalExclVat()).isEqualTo(Money.euros("6.12"));
        assertThat(amounts.totalVat()).isEqualTo(Money.euros("1.22"));
        assertThat(amounts.rounding()).isEqualTo(Money.euros("0.01"));
        assertThat(amounts.due()).isEqualTo(Money.euros("7.35"));
        assertThat(amounts.lines())
                .extracting(l -> l.net().amount().toPlainString())
                .containsExactly("2.04", "2.04", "2.04");
    }

    @Test
    void aTotalThatANetReachesHasNoRounding() {
        Amounts amounts = InvoiceArithmetic.of(List.of(charge("12.00", "20"), charge("24.00", "20")));
        assertThat(amounts.totalExclVat()).isEqualTo(Money.euros("30.00"));
        assertThat(amounts.totalVat()).isEqualTo(Money.euros("6.00"));
        assertThat(amounts.rounding()).isEqualTo(Money.ZERO);
        assertThat(amounts.due()).isEqualTo(Money.euros("36.00"));
    }

    @Test
    void twoRatesAreTaxedEachOnTheSumOfTheirNets() {
        Amounts amounts =
                InvoiceArithmetic.of(List.of(charge("11.00", "10"), charge("5.50", "5.5"), charge("12.00", "20")));
        assertThat(amounts.rates())
                .extracting(r -> r.vatRate().toPlainString() + ":" + r.net().amount() + ":"
                        + r.vat().amount())
                .containsExactly("5.5:5.21:0.29", "10:10.00:1.00", "20:10.00:2.00");
        assertThat(amounts.due()).isEqualTo(Money.euros("28.50"));
    }

    @Test
    void awkwardPricesAlwaysReconcile() {
        Random random = new Random(2026);
        String[] rates = {"0", "2.1", "5.5", "10", "20"};
        for (int round = 0; round < 3000; round++) {
            List<Charge> charges = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                BigDecimal gross = BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 500 : 50_000), 2);
                charges.add(new Charge("x", new Money(gross), new BigDecimal(rates[random.nextInt(rates.length)])));
            }
            Amounts amounts = InvoiceArithmetic.of(charges);
            Money gross = charges.stream().map(Charge::gross).reduce(Money.ZERO, Money::plus);
            assertThat(amounts.due()).isEqualTo(gross);
            assertThat(amounts.totalInclVat().plus(amounts.rounding())).isEqualTo(gross);
            assertThat(amounts.totalInclVat()).isEqualTo(amounts.totalExclVat().plus(amounts.totalVat()));
            assertThat(amounts.rounding().amount().abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.01")
                            .multiply(BigDecimal.valueOf(amounts.rates().size())));
            Money nets = Money.ZERO;
            Money vats = Money.ZERO;
            for (RateTotal rate : amounts.rates()) {
                Money lineNets = amounts.lines().stream()
                        .filter(l -> l.vatRate().compareTo(rate.vatRate()) == 0)
                        .map(Line::net)
                        .reduce(Money.ZERO, Money::plus);
                assertThat(lineNets).isEqualTo(rate.net());
                assertThat(rate.vat()).isEqualTo(InvoiceArithmetic.vat(rate.net(), rate.vatRate()));
                nets = nets.plus(rate.net());
                vats = vats.plus(rate.vat());
            }
            assertThat(nets).isEqualTo(amounts.totalExclVat());
            assertThat(vats).isEqualTo(amounts.totalVat());
            for (Line line : amounts.lines()) {
                assertThat(line.net().isNegative()).isFalse();
                assertThat(line.net()).isLessThanOrEqualTo(line.gross());
            }
        }
    }
}
