package coop.relais.organisation.web;

import coop.relais.organisation.EmailDomain;
import coop.relais.organisation.PostalCode;
import coop.relais.organisation.Siren;
import coop.relais.organisation.Siret;
import coop.relais.organisation.SiteTimeZone;
import coop.relais.organisation.VatNumber;
import coop.relais.organisation.internal.Texts;
import coop.relais.shared.DomainException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;

/**
 * A text field that must make a valid value object when filled in (blank passes: add {@code @NotBlank}
 * when the field is required). The message is the value object's own refusal, so forms and the API
 * say exactly what the domain says.
 */
@Documented
@Constraint(validatedBy = ValidValue.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface ValidValue {

    Type value();

    String message() default "{organisation.value.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Type {
        SIREN(Siren::new),
        SIRET(Siret::new),
        VAT(VatNumber::new),
        EMAIL_DOMAIN(EmailDomain::new),
        POSTAL_CODE(PostalCode::new),
        TIME_ZONE(SiteTimeZone::new),
        PHONE(Texts::phone),
        EMAIL(Texts::email);

        private final Consumer<String> check;

        Type(Consumer<String> check) {
            this.check = check;
        }
    }

    class Check implements ConstraintValidator<ValidValue, String> {

        private Type type;

        @Override
        public void initialize(ValidValue annotation) {
            this.type = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (value.length() > 1000) {
                return refuse(context, "organisation.value.invalid");
            }
            try {
                type.check.accept(value);
                return true;
            } catch (DomainException e) {
                return refuse(context, e.messageKey());
            }
        }

        private static boolean refuse(ConstraintValidatorContext context, String key) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
            return false;
        }
    }
}
