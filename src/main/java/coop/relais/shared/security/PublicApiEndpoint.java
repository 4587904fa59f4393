package coop.relais.shared.security;

import java.util.Objects;

/**
 * An API address anyone may call without signing in, declared as a bean by the module that serves it
 * (e.g. a payment provider's webhook, which proves itself by its signature instead). The API's security
 * lets these through; everything else under {@code /api} needs a signed-in caller.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param pattern the path pattern, e.g. {@code /api/v1/billing/webhooks/*}
 */
public record PublicApiEndpoint(String method, String pattern) {

    public PublicApiEndpoint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.startsWith("/api/")) {
            throw new IllegalArgumentException("A public API endpoint is under /api/: " + pattern);
        }
    }
}
