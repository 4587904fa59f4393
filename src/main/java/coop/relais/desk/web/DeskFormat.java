package coop.relais.desk.web;

import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import coop.relais.shared.text.SpokenDates;
import coop.relais.shared.web.Amounts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats amounts, dates and counters for the desk's pages in the reader's language, e.g. in
 * templates {@code ${@deskFormat.money(entry.amount)}}. Times are shown in the site's time zone.
 */
@Component("deskFormat")
public class DeskFormat {

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
    }

    private final Amounts amounts;

    DeskFormat(Amounts amounts) {
        this.amounts = amounts;
    }

    public String money(Money money) {
        return amounts.money(money);
    }

    /** With its sign, e.g. "+2,50 €" or "−7,50 €". */
    public String signedMoney(Money money) {
        return amounts.signedMoney(money);
    }

    public String pagePrice(BigDecimal price) {
        if (price == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(4);
        return format.format(price) + " €";
    }

    /** A plain decimal for an input field, e.g. "150,00" in French. */
    public String input(Money money) {
        return amounts.input(money);
    }

    public String count(long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }

    /** Dates and times as people say them, in the site's zone (see {@code SpokenDates}). */
    private static SpokenDates spoken(ZoneId zone) {
        return SpokenDates.of(LocaleContextHolder.getLocale(), LocalDate.now(zone));
    }

    public String date(LocalDate date) {
        return spoken(Zones.DEFAULT).day(date);
    }

    public String shortDate(Instant instant, ZoneId zone) {
        return instant == null
                ? ""
                : spoken(zone).dayOfMonth(instant.atZone(zone).toLocalDate());
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return spoken(zone).at(instant, zone);
    }

    public String time(Instant instant, ZoneId zone) {
        return spoken(zone).time(instant, zone);
    }

    public String month(YearMonth month) {
        return spoken(Zones.DEFAULT).month(month);
    }
}
