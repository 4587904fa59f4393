package coop.relais.shared.security;

/**
 * Implemented by the authenticated principal (session login or API token) so that any module can
 * read the {@link CurrentUser} without knowing how the person signed in.
 */
public interface CurrentUserSource {

    CurrentUser currentUser();
}
