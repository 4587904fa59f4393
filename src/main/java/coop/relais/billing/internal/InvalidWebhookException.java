package coop.relais.billing.internal;

/** A webhook whose signature is missing, wrong or too old, or whose body cannot be read: refused (400). */
public class InvalidWebhookException extends RuntimeException {

    public InvalidWebhookException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
