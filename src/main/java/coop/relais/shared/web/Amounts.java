package coop.relais.shared.web;

import coop.relais.shared.Money;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts of money in the reader's language, for templates: {@code ${@amounts.money(entry.amount)}}
 * gives "12,50 €" in French and "€12.50" in English.
 */
@Component("amounts")
public class Amounts {

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
    }

    public String money(Money money) {
        return money == null ? "" : NumberFormat.getCurrencyInstance(locale()).format(money.amount());
    }

    /** With its sign, e.g. "+2,50 €" or "−7,50 €". */
    public String signedMoney(Money money) {
        if (money == null) {
            return "";
        }
        String formatted = money(new Money(money.amount().abs()));
        if (money.isZero()) {
            return formatted;
        }
        return (money.isNegative() ? "\u2212" : "+") + formatted;
    }

    /** A plain decimal for an input field, e.g. "150,00" in French. */
    public String input(Money money) {
        if (money == null) {
            return "";
        }
        String plain = money.amount().toPlainString();
        return "fr".equals(locale().getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
