package coop.relais.shared;

/** The user is known but their roles do not allow this action (HTTP 403). */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
