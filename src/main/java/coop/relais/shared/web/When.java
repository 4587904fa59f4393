package coop.relais.shared.web;

import coop.relais.shared.Zones;
import coop.relais.shared.text.SpokenDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates in pages and e-mails as people say them, in the reader's language: {@code ${@when.day(o.dueOn)}},
 * {@code ${@when.at(order.placedAt, order.zone)}}. See {@link SpokenDates}.
 */
@Component("when")
public class When {

    private final Clock clock;

    When(Clock clock) {
        this.clock = clock;
    }

    private SpokenDates spoken(ZoneId zone) {
        return SpokenDates.of(LocaleContextHolder.getLocale(), LocalDate.now(clock.withZone(zone)));
    }

    /** "jeudi 3 décembre". */
    public String day(LocalDate date) {
        return spoken(Zones.DEFAULT).day(date);
    }

    /** "3 décembre" (after "le"). */
    public String dayOfMonth(LocalDate date) {
        return spoken(Zones.DEFAULT).dayOfMonth(date);
    }

    /** "jeudi 3 décembre à 14 h 30" in {@code zone}. */
    public String at(Instant instant, ZoneId zone) {
        return spoken(zone).at(instant, zone);
    }

    /** "jeudi 3 décembre" for an instant in {@code zone}. */
    public String day(Instant instant, ZoneId zone) {
        return spoken(zone).day(instant, zone);
    }

    /** "14 h 30": a time of day, e.g. an opening hour. */
    public String time(java.time.LocalTime time) {
        return spoken(ZoneId.systemDefault()).time(time);
    }

    /** "14 h 30" in {@code zone}. */
    public String time(Instant instant, ZoneId zone) {
        return spoken(zone).time(instant, zone);
    }
}
