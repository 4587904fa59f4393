package coop.relais.exchange.web;

import coop.relais.exchange.EuroPart;
import coop.relais.shared.DomainException;
import coop.relais.shared.text.AmountInput;
import java.math.BigDecimal;

/** How the SEL's pages read amounts typed by people and say units as time. */
final class ExchangeForms {

    private ExchangeForms() {}

    /** An amount as typed: spaces and a decimal comma allowed, a sign too (« -30 », « +30 », « −30 »). */
    static BigDecimal amount(String typed) {
        String text = typed == null
                ? ""
                : typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.').replace('\u2212', '-');
        if (text.isEmpty()) {
            throw DomainException.invalid("exchange.amount.required");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("exchange.amount.whole");
        }
    }

    /** The euro part typed on the form: none when both fields are blank; an amount that is not one refused. */
    static EuroPart euroPart(String amount, String description) {
        String typed = amount == null ? "" : amount.strip();
        BigDecimal euros = typed.isEmpty()
                ? null
                : AmountInput.euros(typed)
                        .orElseThrow(() -> DomainException.invalid("exchange.euro.amount", EuroPart.MAX));
        return EuroPart.of(euros, description);
    }

    /** Units said as time: 90 units at 60 an hour is « 1 h 30 ». */
    record TimeWords(int unitsPerHour) {

        public String of(long units) {
            long minutes = Math.abs(units) * 60 / unitsPerHour;
            String sign = units < 0 ? "−" : "";
            long h = minutes / 60;
            long m = minutes % 60;
            if (h == 0) {
                return sign + m + " min";
            }
            return sign + h + " h" + (m == 0 ? "" : " " + (m < 10 ? "0" : "") + m);
        }
    }
}
