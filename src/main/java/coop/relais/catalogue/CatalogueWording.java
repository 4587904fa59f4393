package coop.relais.catalogue;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says an offer in plain words, in the reader's language: « 3,90 € la pièce », « Sur devis », « prêt en
 * 2 jours ouvrés », « du lundi au vendredi », « 50 % pris en charge par votre employeur ». Prices of the
 * catalogue are what the member pays, VAT included (TTC). Other modules may use it to show an offer
 * the same way.
 */
@Component
public class CatalogueWording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MessageSource messages;

    CatalogueWording(MessageSource messages) {
        this.messages = messages;
    }

    /** An amount: « 1 250,00 € » in French, « €1,250.00 » in English. */
    public String amount(Money money, Locale locale) {
        return text("catalogue.amount", locale, number(money.amount(), true, locale));
    }

    /** The price as a member reads it: « 3,90 € la pièce », « 18,00 € », « Sur devis ». */
    public String price(OfferView offer, Locale locale) {
        return price(offer.priceModel(), offer.unit(), offer.price(), locale);
    }

    public String price(PriceModel model, PriceUnit unit, Money price, Locale locale) {
        if (model == PriceModel.ON_QUOTE || price == null) {
            return text("catalogue.price.onQuote", locale);
        }
        String amount = amount(price, locale);
        if (model == PriceModel.PER_UNIT && unit != null) {
            return text("catalogue.price.unit." + unit.name(), locale, amount);
        }
        return amount;
    }

    /** The unit alone, for a quantity field: « pièces », « kilos », « heures ». */
    public String unitName(PriceUnit unit, Locale locale) {
        return text("catalogue.unit." + unit.name(), locale);
    }

    /** VAT wording: prices are VAT-inclusive; « TTC, dont TVA 20 % » or « devis TTC, TVA 20 % ». */
    public String vat(PriceModel model, BigDecimal rate, Locale locale) {
        if (rate == null || rate.signum() == 0) {
            return text("catalogue.vat.none", locale);
        }
        String key = model == PriceModel.ON_QUOTE ? "catalogue.vat.quote" : "catalogue.vat.included";
        return text(key, locale, percent(rate, locale));
    }

    /** « prêt le jour même », « prêt en 1 jour ouvré », « prêt en 2 jours ouvrés ». */
    public String leadTime(int days, Locale locale) {
        if (days <= 0) {
            return text("catalogue.leadTime.sameDay", locale);
        }
        if (days == 1) {
            return text("catalogue.leadTime.one", locale);
        }
        return text("catalogue.leadTime.many", locale, days);
    }

    /** « tous les jours », « du lundi au vendredi », « mardi et jeudi », « lundi, mercredi et samedi ». */
    public String days(Set<DayOfWeek> days, Locale locale) {
        List<DayOfWeek> sorted = new ArrayList<>(new TreeSet<>(days));
        if (sorted.isEmpty()) {
            return text("catalogue.days.none", locale);
        }
        if (sorted.size() == 7) {
            return text("catalogue.days.all", locale);
        }
        boolean consecutive = true;
        for (int i = 1; i < sorted.size(); i++) {
            consecutive &= sorted.get(i).getValue() == sorted.get(i - 1).getValue() + 1;
        }
        if (consecutive && sorted.size() >= 3) {
            return text(
                    "catalogue.days.range",
                    locale,
                    dayName(sorted.get(0), locale),
                    dayName(sorted.get(sorted.size() - 1), locale));
        }
        List<String> names = sorted.stream().map(d -> dayName(d, locale)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return text("catalogue.days.and", locale, head, names.get(names.size() - 1));
    }

    public String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * Who pays, as lines a member reads; empty when the member pays everything.
     *
     * @param siteOwnerName the paying site owner's name, or null for a generic wording
     */
    public List<String> payer(OfferView offer, String siteOwnerName, Locale locale) {
        PayerRule rule = offer.payerRule();
        List<String> lines = new ArrayList<>();
        if (rule.employerPercent().signum() > 0) {
            String share = percent(rule.employerPercent(), locale);
            if (rule.employerPercent().compareTo(HUNDRED) == 0 && rule.employerMonthlyCap() == null) {
                lines.add(text("catalogue.payer.employerFull", locale));
            } else if (rule.employerMonthlyCap() != null) {
                lines.add(
                        text("catalogue.payer.employerCap", locale, share, amount(rule.employerMonthlyCap(), locale)));
            } else {
                lines.add(text("catalogue.payer.employer", locale, share));
            }
        }
        if (rule.siteOwnerPercent().signum() > 0) {
            String owner = siteOwnerName == null ? text("catalogue.payer.siteOwnerGeneric", locale) : siteOwnerName;
            if (rule.siteOwnerPercent().compareTo(HUNDRED) == 0) {
                lines.add(text("catalogue.payer.siteOwnerFull", locale, owner));
            } else {
                lines.add(text("catalogue.payer.siteOwner", locale, percent(rule.siteOwnerPercent(), locale), owner));
            }
        }
        if (lines.isEmpty()) {
            return lines;
        }
        BigDecimal memberPercent = rule.memberPercent();
        if (memberPercent.signum() == 0) {
            lines.add(text(
                    rule.employerMonthlyCap() == null ? "catalogue.payer.nothing" : "catalogue.payer.nothingWithinCap",
                    locale));
        } else if (offer.priceModel() != PriceModel.ON_QUOTE && offer.price() != null) {
            Money share = offer.price().percent(memberPercent);
            String key = rule.employerMonthlyCap() == null
                    ? "catalogue.payer.yourShare"
                    : "catalogue.payer.yourShareWithinCap";
            lines.add(text(key, locale, price(offer.priceModel(), offer.unit(), share, locale)));
        } else {
            lines.add(text("catalogue.payer.yourPercent", locale, percent(memberPercent, locale)));
        }
        return lines;
    }

    /** A percentage without useless decimals: 50, 5,5, 2,1. */
    public String percent(BigDecimal value, Locale locale) {
        return number(value, false, locale);
    }

    private String number(BigDecimal value, boolean cents, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(french ? ',' : '.');
        symbols.setGroupingSeparator(french ? ' ' : ',');
        DecimalFormat format = new DecimalFormat(cents ? "#,##0.00" : "#,##0.##", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
