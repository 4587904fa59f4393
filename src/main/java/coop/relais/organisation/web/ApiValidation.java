package coop.relais.organisation.web;

import coop.relais.shared.DomainException;
import java.lang.reflect.Method;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * Validates API request bodies after the caller's right to write was checked (so that a non-admin gets
 * 403 whatever they send), and turns domain refusals of a field into the same 400 problem with
 * field errors as Bean Validation.
 */
@Component
class ApiValidation {

    private static final MethodParameter BODY;

    static {
        try {
            Method method = ApiValidation.class.getDeclaredMethod("validate", Object.class);
            BODY = new MethodParameter(method, 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private final SpringValidatorAdapter validator;

    ApiValidation(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    void validate(Object body) throws MethodArgumentNotValidException {
        if (body == null) {
            throw DomainException.invalid("organisation.api.body");
        }
        BindingResult result = new BeanPropertyBindingResult(body, "request");
        validator.validate(body, result);
        if (result.hasErrors()) {
            throw new MethodArgumentNotValidException(BODY, result);
        }
    }

    /** A 400 problem naming the field the domain refused. */
    static MethodArgumentNotValidException fieldError(Object body, String field, DomainException e) {
        BindingResult result = new BeanPropertyBindingResult(body, "request");
        result.addError(new FieldError(
                "request", field, null, false, new String[] {e.messageKey()}, e.arguments(), e.messageKey()));
        return new MethodArgumentNotValidException(BODY, result);
    }
}
