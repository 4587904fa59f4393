package coop.relais.identity.web;

import coop.relais.identity.internal.FieldRefusal;
import coop.relais.shared.DomainException;
import java.util.UUID;
import org.springframework.validation.BindingResult;

/** Turns refusals of the domain into form errors, and form text into ids and enums. */
final class FormErrors {

    private FormErrors() {}

    /** A refusal about a field becomes that field's error; any other refusal a global form error. */
    static void reject(BindingResult result, DomainException refusal) {
        if (refusal instanceof FieldRefusal field && !result.hasFieldErrors(field.field())) {
            result.rejectValue(field.field(), refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        } else if (!(refusal instanceof FieldRefusal)) {
            result.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        }
    }

    /** An optional id chosen in a select: null when empty, a field error when not an id. */
    static UUID optionalId(BindingResult result, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            result.rejectValue(field, "identity.form.invalidChoice", "identity.form.invalidChoice");
            return null;
        }
    }

    /** An enum value chosen in a select, or a field error. */
    static <E extends Enum<E>> E choice(BindingResult result, String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "identity.form.required", "identity.form.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            result.rejectValue(field, "identity.form.invalidChoice", "identity.form.invalidChoice");
            return null;
        }
    }
}
