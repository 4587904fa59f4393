package coop.relais.booking.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A day and times as the booking forms send them (2026-12-10, 10:00); empty when blank or unreadable. */
final class FormTimes {

    private FormTimes() {}

    static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> time(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
