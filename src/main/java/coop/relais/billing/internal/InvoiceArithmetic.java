package coop.relais.billing.internal;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The amounts of an invoice from charges whose prices include VAT, the way EN 16931 wants them: VAT
 * computed per rate on the sum of the lines' net amounts ({@code VAT = net × rate / 100}, rounded to the
 * cent), and every total reconciling: the lines' nets add up to each rate's taxable amount, the rates'
 * amounts to the invoice's totals, and the amount due is what the charges added up to.
 *
 * <p>For each rate, the net is the amount that, with its VAT, gives back the charges' total; a few
 * totals cannot be reached that way (at 20 %, 0.03 € has no net n with n + VAT(n) = 0.03), and then the
 * nearest net is taken and the cent left over is the invoice's rounding amount (BT-114). Each rate's net
 * is shared among its lines in proportion to their prices, the cents left by rounding going to the
 * largest remainders, so that no line is off by more than a cent.
 */
public final class InvoiceArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private InvoiceArithmetic() {}

    /** A charge to invoice: its price VAT included and its rate in percent. */
    public record Charge(String description, Money gross, BigDecimal vatRate) {}

    /** An invoice line: the charge with its net amount. */
    public record Line(String description, Money gross, BigDecimal vatRate, Money net) {}

    /** The taxable amount and VAT of one rate. */
    public record RateTotal(BigDecimal vatRate, Money net, Money vat) {}

    /**
     * The invoice's amounts.
     *
     * @param rounding what is added to the total VAT included to make the amount due (a cent at most per rate)
     * @param due what the charges added up to: {@code totalInclVat + rounding}
     */
    public record Amounts(
            List<Line> lines,
            List<RateTotal> rates,
            Money totalExclVat,
            Money totalVat,
            Money totalInclVat,
            Money rounding,
            Money due) {}

    public static Amounts of(List<Charge> charges) {
        Map<BigDecimal, List<Integer>> byRate = new TreeMap<>(Comparator.naturalOrder());
        for (int i = 0; i < charges.size(); i++) {
            byRate.computeIfAbsent(charges.get(i).vatRate().stripTrailingZeros(), r -> new ArrayList<>())
                    .add(i);
        }
        Money[] nets = new Money[charges.size()];
        List<RateTotal> rates = new ArrayList<>();
        Money totalNet = Money.ZERO;
        Money totalVat = Money.ZERO;
        Money due = Money.ZERO;
        for (Map.Entry<BigDecimal, List<Integer>> rate : byRate.entrySet()) {
            Money gross = Money.ZERO;
            for (int i : rate.getValue()) {
                gross = gross.plus(charges.get(i).gross());
            }
            Money net = netFor(gross, rate.getKey());
            Money vat = vat(net, rate.getKey());
            share(charges, rate.getValue(), gross, net, nets);
            rates.add(new RateTotal(rate.getKey(), net, vat));
            totalNet = totalNet.plus(net);
            totalVat = totalVat.plus(vat);
            due = due.plus(gross);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            Charge c = charges.get(i);
            lines.add(new Line(c.description(), c.gross(), c.vatRate(), nets[i]));
        }
        Money totalInclVat = totalNet.plus(totalVat);
        return new Amounts(lines, rates, totalNet, totalVat, totalInclVat, due.minus(totalInclVat), due);
    }

    /** VAT on a net amount: net × rate / 100, rounded to the cent (half up), the one rounding of VAT. */
    public static Money vat(Money net, BigDecimal rate) {
        return new Money(net.amount().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    /** The net that, with its VAT, gives back {@code gross}; else the nearest one. */
    static Money netFor(Money gross, BigDecimal rate) {
        BigDecimal estimate = gross.amount().multiply(HUNDRED).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
        Money best = new Money(estimate);
        BigDecimal bestGap = null;
        for (int step = -2; step <= 2; step++) {
            Money candidate = new Money(estimate.add(CENT.multiply(BigDecimal.valueOf(step))));
            if (candidate.isNegative()) {
                continue;
            }
            BigDecimal gap =
                    candidate.plus(vat(candidate, rate)).minus(gross).amount().abs();
            if (bestGap == null || gap.compareTo(bestGap) < 0) {
                best = candidate;
                bestGap = gap;
            }
        }
        return best;
    }

    /** Shares {@code net} among the lines in proportion to their gross amounts (largest remainders). */
    private static void share(List<Charge> charges, List<Integer> indexes, Money gross, Money net, Money[] nets) {
        if (gross.isZero()) {
            indexes.forEach(i -> nets[i] = Money.ZERO);
            return;
        }
        Map<Integer, BigDecimal> remainders = new LinkedHashMap<>();
        Money allocated = Money.ZERO;
        for (int i : indexes) {
            BigDecimal exact = net.amount()
                    .multiply(charges.get(i).gross().amount())
                    .divide(gross.amount(), 10, RoundingMode.HALF_UP);
            BigDecimal floor = exact.setScale(2, RoundingMode.FLOOR);
            nets[i] = new Money(floor);
            allocated = allocated.plus(nets[i]);
            remainders.put(i, exact.subtract(floor));
        }
        long cents = net.minus(allocated).amount().movePointRight(2).longValueExact();
        List<Integer> order = new ArrayList<>(indexes);
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i))
                .reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < cents; k++) {
            int i = order.get(k % order.size());
            nets[i] = nets[i].plus(new Money(CENT));
        }
    }
}
