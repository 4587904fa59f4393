package coop.relais.desk.internal;

import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The rules of a counter reading: counters are whole numbers, each ends at or after where it started,
 * and never goes backwards from the previous reading of the same company on the same copier, which
 * must be for an earlier month. The pages are priced at the copier's prices per page.
 */
public record CopierReading(
        YearMonth period,
        long blackStart,
        long blackEnd,
        long colourStart,
        long colourEnd,
        BigDecimal blackPagePrice,
        BigDecimal colourPagePrice) {

    /** Counters above this are typing errors (a copier prints a few million pages in its life). */
    public static final long MAX_COUNTER = 999_999_999_999L;

    /** The last reading of the same company on the same copier. */
    public record Previous(YearMonth period, long blackEnd, long colourEnd) {}

    /**
     * Checks a new reading against the previous one and the current month.
     *
     * @throws DomainException with a key saying which rule is broken
     */
    public static CopierReading check(
            YearMonth period,
            long blackStart,
            long blackEnd,
            long colourStart,
            long colourEnd,
            BigDecimal blackPagePrice,
            BigDecimal colourPagePrice,
            Optional<Previous> previous,
            YearMonth currentMonth) {
        if (period == null) {
            throw DomainException.invalid("desk.copier.period.required");
        }
        if (period.isAfter(currentMonth)) {
            throw DomainException.invalid("desk.copier.period.future");
        }
        for (long counter : new long[] {blackStart, blackEnd, colourStart, colourEnd}) {
            if (counter < 0 || counter > MAX_COUNTER) {
                throw DomainException.invalid("desk.copier.counter.outOfRange");
            }
        }
        if (blackEnd < blackStart) {
            throw DomainException.invalid("desk.copier.counter.blackEndBeforeStart", blackStart, blackEnd);
        }
        if (colourEnd < colourStart) {
            throw DomainException.invalid("desk.copier.counter.colourEndBeforeStart", colourStart, colourEnd);
        }
        if (previous.isPresent()) {
            Previous last = previous.get();
            if (!period.isAfter(last.period())) {
                throw DomainException.invalid(
                        "desk.copier.period.notAfterPrevious", last.period().toString());
            }
            if (blackStart < last.blackEnd()) {
                throw DomainException.invalid("desk.copier.counter.blackBackwards", last.blackEnd(), blackStart);
            }
            if (colourStart < last.colourEnd()) {
                throw DomainException.invalid("desk.copier.counter.colourBackwards", last.colourEnd(), colourStart);
            }
        }
        return new CopierReading(period, blackStart, blackEnd, colourStart, colourEnd, blackPagePrice, colourPagePrice);
    }

    public long blackPages() {
        return blackEnd - blackStart;
    }

    public long colourPages() {
        return colourEnd - colourStart;
    }

    public Money blackAmount() {
        return Money.of(blackPagePrice.multiply(BigDecimal.valueOf(blackPages())));
    }

    public Money colourAmount() {
        return Money.of(colourPagePrice.multiply(BigDecimal.valueOf(colourPages())));
    }

    public Money amount() {
        return blackAmount().plus(colourAmount());
    }
}
