package coop.relais.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A photocopier counter never goes backwards, and pages are priced at the copier's rates. */
class CopierReadingTests {

    private static final BigDecimal BLACK = new BigDecimal("0.0200");
    private static final BigDecimal COLOUR = new BigDecimal("0.1200");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final Optional<CopierReading.Previous> MARCH_READING =
            Optional.of(new CopierReading.Previous(MARCH, 12_450, 2_310));

    private static CopierReading read(
            YearMonth period,
            long blackStart,
            long blackEnd,
            long colourStart,
            long colourEnd,
            Optional<CopierReading.Previous> previous) {
        return CopierReading.check(
                period, blackStart, blackEnd, colourStart, colourEnd, BLACK, COLOUR, previous, APRIL);
    }

    @Test
    void pagesAndAmountsFollowFromTheCounters() {
        CopierReading reading = read(APRIL, 12_450, 14_000, 2_310, 2_415, MARCH_READING);

        assertThat(reading.blackPages()).isEqualTo(1_550);
        assertThat(reading.colourPages()).isEqualTo(105);
        assertThat(reading.blackAmount()).isEqualTo(Money.euros("31.00"));
        assertThat(reading.colourAmount()).isEqualTo(Money.euros("12.60"));
        assertThat(reading.amount()).isEqualTo(Money.euros("43.60"));
    }

    @Test
    void amountsAreRoundedToTheCent() {
        CopierReading reading =
                CopierReading.check(MARCH, 0, 333, 0, 0, new BigDecimal("0.015"), COLOUR, Optional.empty(), APRIL);
        assertThat(reading.blackAmount()).isEqualTo(Money.euros("5.00"));
    }

    @Test
    void aCounterMayNotGoBackwardsFromThePreviousReading() {
        assertThatThrownBy(() -> read(APRIL, 12_000, 14_000, 2_310, 2_400, MARCH_READING))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("desk.copier.counter.blackBackwards");
                    assertThat(e.arguments()).containsExactly(12_450L, 12_000L);
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
        assertThatThrownBy(() -> read(APRIL, 12_450, 14_000, 2_300, 2_400, MARCH_READING))
                .hasMessage("desk.copier.counter.colourBackwards");
    }

    @Test
    void aCounterEndsAtOrAfterItsStart() {
        assertThatThrownBy(() -> read(APRIL, 14_000, 13_999, 2_310, 2_400, MARCH_READING))
                .hasMessage("desk.copier.counter.blackEndBeforeStart");
        assertThatThrownBy(() -> read(APRIL, 12_450, 12_450, 2_400, 2_399, MARCH_READING))
                .hasMessage("desk.copier.counter.colourEndBeforeStart");
        assertThat(read(APRIL, 12_450, 12_450, 2_310, 2_310, MARCH_READING).amount())
                .as("a month without copies")
                .isEqualTo(Money.ZERO);
    }

    @Test
    void aReadingFollowsThePreviousMonthAndIsNotInTheFuture() {
        assertThatThrownBy(() -> read(MARCH, 12_450, 13_000, 2_310, 2_400, MARCH_READING))
                .hasMessage("desk.copier.period.notAfterPrevious");
        assertThatThrownBy(() -> read(YearMonth.of(2026, 2), 12_450, 13_000, 2_310, 2_400, MARCH_READING))
                .hasMessage("desk.copier.period.notAfterPrevious");
        assertThatThrownBy(() -> read(YearMonth.of(2026, 5), 12_450, 13_000, 2_310, 2_400, MARCH_READING))
                .hasMessage("desk.copier.period.future");
        assertThatThrownBy(() -> read(null, 0, 1, 0, 1, Optional.empty())).hasMessage("desk.copier.period.required");
    }

    @Test
    void countersArePositiveAndOfAPlausibleSize() {
        assertThatThrownBy(() -> read(APRIL, -1, 10, 0, 0, Optional.empty()))
                .hasMessage("desk.copier.counter.outOfRange");
        assertThatThrownBy(() -> read(APRIL, 0, Long.MAX_VALUE, 0, 0, Optional.empty()))
                .hasMessage("desk.copier.counter.outOfRange");
    }
}
