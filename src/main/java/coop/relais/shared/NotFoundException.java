package coop.relais.shared;

/**
 * Nothing the current user may see exists under this id. Also thrown when the thing exists but
 * belongs to a scope the user has no access to, so that ids of other sites reveal nothing (404).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
