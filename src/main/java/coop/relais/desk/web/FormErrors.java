package coop.relais.desk.web;

import coop.relais.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Turns a refusal of a business rule into an error of the form, shown in the person's language. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, DomainException refusal) {
        result.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
    }

    static void reject(BindingResult result, String field, DomainException refusal) {
        result.rejectValue(field, refusal.messageKey(), refusal.arguments(), refusal.messageKey());
    }
}
