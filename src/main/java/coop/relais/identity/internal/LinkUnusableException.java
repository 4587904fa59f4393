package coop.relais.identity.internal;

/** A password-reset or sign-up link that was already used, has expired, or is unknown. */
public class LinkUnusableException extends RuntimeException {

    public LinkUnusableException() {
        super("Link used, expired or unknown");
    }
}
