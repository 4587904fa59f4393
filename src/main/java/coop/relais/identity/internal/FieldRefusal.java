package coop.relais.identity.internal;

import coop.relais.shared.DomainException;

/** A refusal about one field of a form or request (e.g. a password that breaks the policy). */
public class FieldRefusal extends DomainException {

    private final String field;

    public FieldRefusal(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
