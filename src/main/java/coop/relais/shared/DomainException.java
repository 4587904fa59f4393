package coop.relais.shared;

/**
 * A business rule refused an action (an illegal transition, a rule of the aggregate). Carries a
 * message key from the module's messages bundle so the person sees why, in their language. The API
 * answers 409 (or 400 with {@link Kind#INVALID}), pages show it as a form or flash error.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        /** The action conflicts with the current state (HTTP 409). */
        CONFLICT,
        /** The input is not acceptable (HTTP 400). */
        INVALID,
        /** Well-formed, but a rule of the thing acted on refuses it (HTTP 422, naming the rule). */
        RULE
    }

    private final String messageKey;
    private final transient Object[] arguments;
    private final Kind kind;

    public DomainException(String messageKey, Object... arguments) {
        this(Kind.CONFLICT, messageKey, arguments);
    }

    public DomainException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A rule refuses the action: {@code messageKey} names the rule (its last part is the rule's code). */
    public static DomainException rule(String messageKey, Object... arguments) {
        return new DomainException(Kind.RULE, messageKey, arguments);
    }

    public static DomainException invalid(String messageKey, Object... arguments) {
        return new DomainException(Kind.INVALID, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    public Kind kind() {
        return kind;
    }
}
