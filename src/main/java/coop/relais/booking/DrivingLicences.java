package coop.relais.booking;

import coop.relais.shared.DomainException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's driving licence, kept on file: a vehicle is booked only by someone whose licence is valid on
 * the day the booking ends, and picked up only if it is still valid that day.
 */
@Service
public class DrivingLicences {

    /** Letters and digits, spaces left out: French licences have 12 characters; others differ. */
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{6,20}");

    private final JdbcClient jdbc;
    private final Clock clock;

    DrivingLicences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Licence(String number, LocalDate expiresOn) {

        public boolean validOn(LocalDate day) {
            return !expiresOn.isBefore(day);
        }
    }

    public Optional<Licence> of(UUID accountId) {
        return jdbc.sql("SELECT number, expires_on FROM driving_licence WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Licence(rs.getString("number"), rs.getObject("expires_on", LocalDate.class)))
                .optional();
    }

    /** Records (or replaces) the person's licence; an expired one is refused. */
    @Transactional
    public Licence record(CurrentUser user, String number, LocalDate expiresOn) {
        String clean = number == null ? "" : number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(clean).matches()) {
            throw DomainException.invalid("booking.licence.number");
        }
        if (expiresOn == null) {
            throw DomainException.invalid("booking.licence.expiry");
        }
        if (expiresOn.isBefore(LocalDate.now(clock))
                || expiresOn.isAfter(LocalDate.now(clock).plusYears(20))) {
            throw DomainException.invalid("booking.licence.expired");
        }
        int updated = jdbc.sql(
                        "UPDATE driving_licence SET number = ?, expires_on = ?, recorded_at = ? WHERE account_id = ?")
                .params(clean, expiresOn, Instants.param(clock.instant()), user.accountId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO driving_licence (account_id, number, expires_on, recorded_at) VALUES (?, ?, ?, ?)")
                    .params(user.accountId(), clean, expiresOn, Instants.param(clock.instant()))
                    .update();
        }
        return new Licence(clean, expiresOn);
    }

    /** Refuses (422, rule {@code licence}) when the person has no licence valid on {@code day}. */
    public void check(UUID accountId, LocalDate day) {
        Optional<Licence> licence = of(accountId);
        if (licence.isEmpty()) {
            throw DomainException.rule("booking.rule.licence");
        }
        if (!licence.get().validOn(day)) {
            throw DomainException.rule("booking.rule.licenceExpired");
        }
    }
}
