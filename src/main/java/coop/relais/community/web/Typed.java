package coop.relais.community.web;

import coop.relais.shared.DomainException;
import coop.relais.shared.text.DateInput;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** What the community's forms and API read from text: dates, times, numbers and ids, refused with a clear message. */
final class Typed {

    private Typed() {}

    static LocalDate date(String typed, String key) {
        try {
            return DateInput.date(typed).orElse(null);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(key);
        }
    }

    static LocalTime time(String typed, String key) {
        try {
            return DateInput.time(typed).orElse(null);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(key);
        }
    }

    static Integer number(String typed, String key) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (!text.matches("\\d{1,6}")) {
            throw DomainException.invalid(key, 5000);
        }
        return Integer.valueOf(text);
    }

    static UUID id(String typed, String key) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(key);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String typed, String key) {
        try {
            return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(key);
        }
    }
}
