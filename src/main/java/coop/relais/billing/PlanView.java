package coop.relais.billing;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A subscription plan: a monthly base fee and a fee per head by headcount band, VAT included, and what it
 * includes each month.
 *
 * @param siteKind the kind of site it is offered at: {@code COMPANY}, {@code ECOSYSTEM} or {@code NEIGHBOURHOOD}
 */
public record PlanView(
        UUID id, String name, String siteKind, Money baseFee, BigDecimal vatRate, List<Band> bands, Quotas quotas) {

    /** From {@code minHeadcount} people up, each costs {@code perHeadFee} a month. */
    public record Band(int minHeadcount, Money perHeadFee) {}

    /**
     * What the subscription includes each month, charged nothing while it lasts.
     *
     * @param requests à-la-carte requests (one each, whatever its quantity)
     * @param copierPages black-and-white copier pages
     */
    public record Quotas(int requests, int copierPages) {

        public static final Quotas NONE = new Quotas(0, 0);

        public boolean any() {
            return requests > 0 || copierPages > 0;
        }
    }

    public PlanView {
        bands = List.copyOf(bands);
        quotas = quotas == null ? Quotas.NONE : quotas;
    }

    /** A plan that includes nothing. */
    public PlanView(UUID id, String name, String siteKind, Money baseFee, BigDecimal vatRate, List<Band> bands) {
        this(id, name, siteKind, baseFee, vatRate, bands, Quotas.NONE);
    }

    /** The fee per head for a headcount: the band with the largest minimum not above it. */
    public Money perHeadFee(int headcount) {
        return bands.stream()
                .filter(b -> b.minHeadcount() <= headcount)
                .reduce((a, b) -> b.minHeadcount() > a.minHeadcount() ? b : a)
                .map(Band::perHeadFee)
                .orElse(Money.ZERO);
    }

    /** The monthly fee for a headcount, VAT included. */
    public Money monthlyFee(int headcount) {
        return baseFee.plus(perHeadFee(headcount).times(headcount));
    }
}
