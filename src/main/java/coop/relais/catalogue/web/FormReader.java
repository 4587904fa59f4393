package coop.relais.catalogue.web;

import coop.relais.catalogue.internal.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;

/**
 * Reads what a person typed in an editor form the way they type it (« 3,90 », « 3.90 € », « 1 250 »)
 * and turns unreadable values into field errors; the business rules come after, from the domain.
 */
final class FormReader {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}([.,]\\d{1,10})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f€%]");

    private final BindingResult result;

    FormReader(BindingResult result) {
        this.result = result;
    }

    /** A decimal, or empty when blank; a field error when unreadable. */
    Optional<BigDecimal> decimal(String field, String raw, String errorKey) {
        String cleaned = raw == null ? "" : SPACES.matcher(raw).replaceAll("");
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(cleaned).matches()) {
            reject(field, errorKey);
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned.replace(',', '.')));
    }

    Optional<Integer> integer(String field, String raw) {
        String cleaned = raw == null ? "" : raw.strip();
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        if (!INTEGER.matcher(cleaned).matches()) {
            reject(field, "catalogue.form.integer");
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(cleaned));
    }

    Optional<UUID> id(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            reject(field, "catalogue.form.choice");
            return Optional.empty();
        }
    }

    <E extends Enum<E>> Optional<E> choice(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, raw.strip()));
        } catch (IllegalArgumentException e) {
            reject(field, "catalogue.form.choice");
            return Optional.empty();
        }
    }

    /** The domain's refusals, as field errors (or global ones), skipping fields already in error. */
    static void reject(BindingResult result, List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.field() == null) {
                result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
            } else if (!result.hasFieldErrors(violation.field())) {
                result.rejectValue(
                        violation.field(), violation.messageKey(), violation.arguments(), violation.messageKey());
            }
        }
    }

    private void reject(String field, String key) {
        if (!result.hasFieldErrors(field)) {
            result.rejectValue(field, key, key);
        }
    }
}
