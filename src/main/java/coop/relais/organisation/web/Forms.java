package coop.relais.organisation.web;

import coop.relais.organisation.PostalCode;
import coop.relais.organisation.internal.Address;
import coop.relais.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/** Turns form text into domain values, and domain refusals into field errors. */
final class Forms {

    private Forms() {}

    /** The value, or null with a field error if the domain refuses it. */
    static <T> T field(BindingResult result, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (DomainException e) {
            reject(result, field, e);
            return null;
        }
    }

    static void reject(BindingResult result, String field, DomainException e) {
        if (field == null) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        } else if (!result.hasFieldErrors(field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    /** The enum constant named by a form field, or null with a field error. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, BindingResult result, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "organisation.value.invalid", null, "invalid");
            }
            return null;
        }
    }

    /** A UUID typed or forged in a form field; null if blank or malformed. */
    static java.util.UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A checkbox: checked when it sends "true" or "on". */
    static boolean checked(String value) {
        return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Address address(String street, String postalCode, String city) {
        return new Address(street, new PostalCode(postalCode), city);
    }

    /** A date typed in a date field, the French way (02/12/2026); blank is null. */
    static LocalDate date(String value) {
        try {
            return coop.relais.shared.text.DateInput.date(value).orElse(null);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("organisation.date.invalid");
        }
    }

    /** "all", "active" or "inactive" to the active filter of a list. */
    static Boolean activeFilter(String status) {
        if ("active".equals(status)) {
            return Boolean.TRUE;
        }
        if ("inactive".equals(status)) {
            return Boolean.FALSE;
        }
        return null;
    }

    static String status(String status) {
        return "active".equals(status) || "inactive".equals(status) ? status : "all";
    }
}
